package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.query.targets.ControlGroupDelivery;
import dk.erhvervshuse.query.targets.SurveyDelivery;
import org.bson.Document;

import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * A document of the delivery collection, one per delivery stream ({@code _id} = {@code awareness:FYN:2025}
 * or {@code control:GROWTH:2025}): every delivery of the period, preliminary and final, first and restated,
 * so that a definition chooses which counts and an explanation shows what it replaced.
 */
final class DeliveryDocument {

    static final String DELIVERIES = "deliveries";

    private final Document document;

    DeliveryDocument(Document document) {
        this.document = document;
    }

    static String awarenessId(House house, int year) {
        return AwarenessSurveyDelivered.streamIdOf(house, year);
    }

    static String controlGroupId(Segment segment, int year) {
        return ControlGroupGrowthDelivered.streamIdOf(segment, year);
    }

    void apply(AwarenessSurveyDelivered e, long position) {
        document.put("kind", "awareness");
        document.put("house", name(e.house()));
        document.put("year", e.year());
        documents(document, DELIVERIES).add(new Document("awareOfHousePercent", decimal(e.awareOfHousePercent()))
                .append("awareOfOffersPercent", decimal(e.awareOfOffersPercent()))
                .append("respondents", e.respondents())
                .append("status", name(e.status()))
                .append("revision", e.revision())
                .append("deliveredOn", date(e.deliveredOn()))
                .append("position", position));
    }

    void apply(ControlGroupGrowthDelivered e, long position) {
        document.put("kind", "control");
        document.put("segment", name(e.segment()));
        document.put("year", e.year());
        documents(document, DELIVERIES).add(new Document("revenueGrowthPercent", decimal(e.revenueGrowthPercent()))
                .append("employmentGrowthPercent", decimal(e.employmentGrowthPercent()))
                .append("revenuePerEmployeeGrowthPercent", decimal(e.revenuePerEmployeeGrowthPercent()))
                .append("grossProfitPerEmployeeGrowthPercent", decimal(e.grossProfitPerEmployeeGrowthPercent()))
                .append("status", name(e.status()))
                .append("revision", e.revision())
                .append("deliveredOn", date(e.deliveredOn()))
                .append("position", position));
    }

    boolean isAwareness() {
        return "awareness".equals(document.getString("kind"));
    }

    boolean isControlGroup() {
        return "control".equals(document.getString("kind"));
    }

    int year() {
        return document.getInteger("year", 0);
    }

    House house() {
        return House.valueOf(document.getString("house"));
    }

    Segment segment() {
        return Segment.valueOf(document.getString("segment"));
    }

    List<SurveyDelivery> surveys() {
        if (document == null || !isAwareness()) {
            return List.of();
        }
        return nested(document, DELIVERIES).stream().map(d -> new SurveyDelivery(house(), year(),
                decimal(d, "awareOfHousePercent"), decimal(d, "awareOfOffersPercent"), d.getInteger("respondents", 0),
                status(d), d.getInteger("revision", 0), date(d, "deliveredOn"), position(d))).toList();
    }

    List<ControlGroupDelivery> controlGroups() {
        if (document == null || !isControlGroup()) {
            return List.of();
        }
        return nested(document, DELIVERIES).stream().map(d -> new ControlGroupDelivery(segment(), year(),
                decimal(d, "revenueGrowthPercent"), decimal(d, "employmentGrowthPercent"),
                decimal(d, "revenuePerEmployeeGrowthPercent"), decimal(d, "grossProfitPerEmployeeGrowthPercent"),
                status(d), d.getInteger("revision", 0), date(d, "deliveredOn"), position(d))).toList();
    }

    private static DeliveryStatus status(Document delivery) {
        String status = delivery.getString("status");
        return status == null ? null : DeliveryStatus.valueOf(status);
    }

    private static long position(Document delivery) {
        Long position = longValue(delivery, "position");
        return position == null ? 0 : position;
    }
}
