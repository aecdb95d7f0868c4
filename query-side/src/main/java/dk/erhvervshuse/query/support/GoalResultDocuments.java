package dk.erhvervshuse.query.support;

import dk.erhvervshuse.query.api.GoalResultView;
import org.bson.Document;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;

/**
 * Reads the parts of a goal's result that a dashboard and a sealed report store alike: its {@code counts} and the
 * {@code delivery} it rests on, as the dashboards write them and a seal copies them.
 */
public final class GoalResultDocuments {

    private GoalResultDocuments() {
    }

    /** The goal's counts, null where it has none (a goal the house reports itself). */
    public static GoalResultView.Counts countsOf(Document goal) {
        Document counts = goal.get("counts", Document.class);
        if (counts == null) {
            return null;
        }
        return new GoalResultView.Counts(counts.getInteger("counted"), counts.getInteger("excluded"),
                counts.getInteger("numerator"), counts.getInteger("denominator"), counts.getInteger("promoters"),
                counts.getInteger("passives"), counts.getInteger("detractors"), counts.getInteger("respondents"),
                decimal(counts, "companyMeanGrowth"), decimal(counts, "controlGroupGrowth"),
                counts.getInteger("onPreliminaryDeliveries"), counts.getInteger("onRestatedDeliveries"));
    }

    /** The delivery the goal's result rests on, null where it rests on none. */
    public static GoalResultView.Delivery deliveryOf(Document goal) {
        Document delivery = goal.get("delivery", Document.class);
        if (delivery == null) {
            return null;
        }
        return new GoalResultView.Delivery(delivery.getString("source"), delivery.getInteger("revision", 0),
                delivery.getString("status"), date(delivery, "deliveredOn"),
                Boolean.TRUE.equals(delivery.getBoolean("preliminary")),
                Boolean.TRUE.equals(delivery.getBoolean("restated")));
    }
}
