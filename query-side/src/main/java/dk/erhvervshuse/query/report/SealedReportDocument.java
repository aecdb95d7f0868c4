package dk.erhvervshuse.query.report;

import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedDelivery;
import dk.erhvervshuse.events.report.SealedGoal;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.SealedReportView;
import dk.erhvervshuse.query.support.GoalResultDocuments;
import dk.erhvervshuse.query.support.Recording;
import org.bson.Document;

import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * A document of the sealed reports ({@code _id} = the seal's id, {@code report:FYN:2025:1}): one seal as recorded,
 * owned by its one event, so it is written whole and a redelivery writes the same.
 */
final class SealedReportDocument {

    private SealedReportDocument() {
    }

    static Document of(ReportSealed event, Recording recording, long position) {
        return new Document("_id", event.sealId())
                .append("sealNumber", event.sealNumber())
                .append("reportId", event.reportId())
                .append("house", event.house() == null ? null : event.house().name())
                .append("year", event.year())
                .append("buildId", event.buildId())
                .append("definitionSet", event.definitionSet())
                .append("logPosition", event.logPosition())
                .append("commitHash", event.commitHash())
                .append("lines", event.goals().stream().map(SealedReportDocument::line).toList())
                .append("sealedOn", date(event.sealedOn()))
                .append("sealedAt", instant(recording.recordedAt()))
                .append("sealedBy", recording.userId())
                .append("sealedByRole", recording.role())
                .append("sealPosition", position);
    }

    private static Document line(SealedGoal goal) {
        SealedCounts counts = goal.counts();
        SealedDelivery delivery = goal.delivery();
        return new Document("scope", goal.scope())
                .append("goalId", goal.goalId())
                .append("goalNumber", goal.goalNumber())
                .append("national", goal.national())
                .append("title", goal.title())
                .append("definitionId", goal.definitionId())
                .append("measure", goal.measure())
                .append("unit", goal.unit())
                .append("actual", decimal(goal.actual()))
                .append("target", decimal(goal.target()))
                .append("comparison", name(goal.comparison()))
                .append("targetSource", goal.targetSource())
                .append("met", goal.met())
                .append("note", goal.note())
                .append("counts", counts == null ? null : new Document("counted", counts.counted())
                        .append("excluded", counts.excluded())
                        .append("numerator", counts.numerator())
                        .append("denominator", counts.denominator())
                        .append("promoters", counts.promoters())
                        .append("passives", counts.passives())
                        .append("detractors", counts.detractors())
                        .append("respondents", counts.respondents())
                        .append("companyMeanGrowth", decimal(counts.companyMeanGrowth()))
                        .append("controlGroupGrowth", decimal(counts.controlGroupGrowth()))
                        .append("onPreliminaryDeliveries", counts.onPreliminaryDeliveries())
                        .append("onRestatedDeliveries", counts.onRestatedDeliveries()))
                .append("delivery", delivery == null ? null : new Document("source", delivery.source())
                        .append("revision", delivery.revision())
                        .append("status", name(delivery.status()))
                        .append("deliveredOn", date(delivery.deliveredOn()))
                        .append("preliminary", delivery.preliminary())
                        .append("restated", delivery.restated()));
    }

    static SealedReportView toView(Document document) {
        List<ReportLine> lines = nested(document, "lines").stream().map(SealedReportDocument::lineView).toList();
        return new SealedReportView(document.getString("_id"), document.getInteger("sealNumber", 0),
                document.getString("reportId"), document.getString("house"), document.getInteger("year", 0),
                document.getString("buildId"), document.getString("definitionSet"),
                ((Number) document.get("logPosition")).longValue(), document.getString("commitHash"), lines,
                date(document, "sealedOn"), instant(document, "sealedAt"), document.getString("sealedBy"),
                document.getString("sealedByRole"), ((Number) document.get("sealPosition")).longValue());
    }

    private static ReportLine lineView(Document line) {
        boolean national = Boolean.TRUE.equals(line.getBoolean("national"));
        return new ReportLine(line.getString("scope"), line.getString("goalId"), line.getInteger("goalNumber"),
                national, !national, line.getString("title"), line.getString("definitionId"),
                line.getString("measure"), line.getString("unit"), decimal(line, "actual"), decimal(line, "target"),
                line.getString("comparison"), line.getString("targetSource"), line.getBoolean("met"),
                line.getString("note"), GoalResultDocuments.countsOf(line), GoalResultDocuments.deliveryOf(line));
    }
}
