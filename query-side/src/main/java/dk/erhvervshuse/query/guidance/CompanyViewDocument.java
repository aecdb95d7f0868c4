package dk.erhvervshuse.query.guidance;

import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.query.api.CompanyView;
import dk.erhvervshuse.query.support.Recording;
import org.bson.Document;

import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.findOrAdd;
import static dk.erhvervshuse.query.support.BsonValues.replaceById;

/**
 * A document of {@code company_view}, one per company ({@code _id} = CVR) across every house: a
 * summary of each of its cases, the management decisions the 20-hour rule required (§5.1), and a
 * timeline entry per event about it; and its reading as a {@link CompanyView}.
 */
final class CompanyViewDocument {

    static final String TIMELINE = "timeline";
    static final String POSITION = "position";

    private final Document document;

    CompanyViewDocument(Document document) {
        this.document = document;
    }

    /** The case's summary as the case now stands; the case's own document is the source. */
    void summarise(CaseViewDocument caseView) {
        Document summary = new Document("caseId", caseView.caseId())
                .append("house", caseView.house())
                .append("segment", caseView.segment())
                .append("openedOn", caseView.openedOn())
                .append("status", caseView.status())
                .append("totalHours", decimal(caseView.totalHours()));
        replaceById(documents(document, "cases"), "caseId", caseView.caseId(), summary);
    }

    void requireDecision(ManagementDecisionRequired e) {
        Document requirement = findOrAdd(documents(document, "decisions"), "requirementId", e.requirementId());
        requirement.put("house", name(e.house()));
        requirement.put("hoursInWindow", decimal(e.hoursInWindow()));
        requirement.put("windowFrom", date(e.windowFrom()));
        requirement.put("windowTo", date(e.windowTo()));
        requirement.putIfAbsent("status", "PENDING");
    }

    void recordDecision(ManagementDecisionRecorded e) {
        Document requirement = findOrAdd(documents(document, "decisions"), "requirementId", e.requirementId());
        requirement.putIfAbsent("house", name(e.house()));
        requirement.put("status", "DECIDED");
        requirement.put("decidedBy", e.decidedBy());
        requirement.put("continueGuidance", e.continueGuidance());
        requirement.put("justification", e.justification());
        requirement.put("decidedOn", date(e.decidedOn()));
    }

    void addToTimeline(long position, Object event, Recording recording) {
        documents(document, TIMELINE).add(new Document(POSITION, position)
                .append("eventType", event.getClass().getSimpleName())
                .append("caseId", GuidanceEventFacts.caseId(event))
                .append("house", GuidanceEventFacts.house(event))
                .append("businessDate", date(GuidanceEventFacts.businessDate(event)))
                .append("recordedAt", instant(recording.recordedAt()))
                .append("recordedBy", recording.userId())
                .append("summary", GuidanceEventFacts.summary(event)));
    }

    CompanyView toView() {
        return new CompanyView(
                document.getString("_id"),
                nested(document, "cases").stream().map(c -> new CompanyView.CaseSummary(
                        c.getString("caseId"), c.getString("house"), c.getString("segment"), date(c, "openedOn"),
                        c.getString("status"), decimal(c, "totalHours"))).toList(),
                nested(document, "decisions").stream().map(d -> new CompanyView.DecisionRequirement(
                        d.getString("requirementId"), d.getString("house"), decimal(d, "hoursInWindow"),
                        date(d, "windowFrom"), date(d, "windowTo"), d.getString("status"), d.getString("decidedBy"),
                        d.getBoolean("continueGuidance"), d.getString("justification"), date(d, "decidedOn")))
                        .toList(),
                nested(document, TIMELINE).stream().map(t -> new CompanyView.TimelineEntry(
                        longValue(t, POSITION), t.getString("eventType"), t.getString("caseId"), t.getString("house"),
                        date(t, "businessDate"), instant(t, "recordedAt"), t.getString("recordedBy"),
                        t.getString("summary"))).toList());
    }
}
