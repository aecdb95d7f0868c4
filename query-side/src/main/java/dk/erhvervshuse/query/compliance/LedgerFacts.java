package dk.erhvervshuse.query.compliance;

import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.findOrAdd;
import static dk.erhvervshuse.query.support.BsonValues.list;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.strings;

/**
 * What supervision needs to know of one company's hours ledger at one house ({@code compliance_ledgers},
 * {@code _id} = {@code HOUSE:CVR}): every meeting's hours as last counted, the requirements of §5.1 raised and
 * whether management decided them, and the house-years it touches; and from these, its entries in the 20-hour
 * view.
 */
final class LedgerFacts {

    private static final String HOUSE = "house";
    private static final String CVR = "cvr";
    private static final String COUNTED = "counted";
    private static final String KEY = "key";
    private static final String HOURS = "hours";
    private static final String HELD_ON = "heldOn";
    private static final String REQUIREMENTS = "requirements";
    private static final String REQUIREMENT_ID = "requirementId";
    private static final String WINDOW_FROM = "windowFrom";
    private static final String WINDOW_TO = "windowTo";
    private static final String DECIDED = "decided";
    private static final String SCOPES = "scopes";

    private final Document document;

    LedgerFacts(Document document) {
        this.document = document;
    }

    Document document() {
        return document;
    }

    String ledgerId() {
        return document.get("_id").toString();
    }

    void apply(GuidanceHoursEvent event) {
        if (document.getString(HOUSE) == null && event.house() != null) {
            document.put(HOUSE, event.house().name());
        }
        if (document.getString(CVR) == null && event.cvr() != null) {
            document.put(CVR, event.cvr().value());
        }
        if (event instanceof GuidanceHoursCounted e) {
            // meeting ids are unique within their case only
            Document meeting = findOrAdd(documents(document, COUNTED), KEY, e.caseId() + "/" + e.meetingId());
            meeting.put(HOURS, decimal(e.hours()));
            if (e.heldOn() != null) {
                meeting.put(HELD_ON, date(e.heldOn()));
                widen(e.heldOn());
            }
        } else if (event instanceof ManagementDecisionRequired e) {
            Document requirement = findOrAdd(documents(document, REQUIREMENTS), REQUIREMENT_ID, e.requirementId());
            requirement.put(WINDOW_FROM, date(e.windowFrom()));
            requirement.put(WINDOW_TO, date(e.windowTo()));
            requirement.put(HOURS, decimal(e.hoursInWindow()));
            if (!requirement.containsKey(DECIDED)) {
                requirement.put(DECIDED, false);
            }
            widen(e.windowTo());
        } else if (event instanceof ManagementDecisionRecorded e) {
            findOrAdd(documents(document, REQUIREMENTS), REQUIREMENT_ID, e.requirementId()).put(DECIDED, true);
        }
    }

    List<String> scopes() {
        return strings(document, SCOPES);
    }

    /** Pending requirements and windows over 20 hours nobody raised, in the year each window ended. */
    List<Document> entries(int year) {
        List<Document> entries = new ArrayList<>();
        List<ComplianceRules.Window> raised = new ArrayList<>();
        for (Document requirement : nested(document, REQUIREMENTS)) {
            LocalDate windowTo = date(requirement, WINDOW_TO);
            if (windowTo == null) {
                continue; // a decision on a requirement the log never raised
            }
            raised.add(new ComplianceRules.Window(date(requirement, WINDOW_FROM), windowTo,
                    decimal(requirement, HOURS)));
            if (!Boolean.TRUE.equals(requirement.getBoolean(DECIDED)) && windowTo.getYear() == year) {
                entries.add(entry("DECISION_PENDING", requirement.getString(REQUIREMENT_ID),
                        date(requirement, WINDOW_FROM), windowTo, decimal(requirement, HOURS)));
            }
        }
        List<ComplianceRules.Counted> counted = new ArrayList<>();
        for (Document meeting : nested(document, COUNTED)) {
            counted.add(new ComplianceRules.Counted(date(meeting, HELD_ON), decimal(meeting, HOURS)));
        }
        for (ComplianceRules.Window breach : ComplianceRules.breachesNoRequirementCovers(counted, raised)) {
            if (breach.to().getYear() == year) {
                entries.add(entry("DECISION_NEVER_REQUESTED", null, breach.from(), breach.to(), breach.hours()));
            }
        }
        return entries;
    }

    private Document entry(String status, String requirementId, LocalDate from, LocalDate to, BigDecimal hours) {
        return new Document(ComplianceView.SUBJECT, ledgerId())
                .append("ledgerId", ledgerId())
                .append(CVR, document.getString(CVR))
                .append("status", status)
                .append(REQUIREMENT_ID, requirementId)
                .append(WINDOW_FROM, date(from))
                .append(WINDOW_TO, date(to))
                .append("hoursInWindow", decimal(hours));
    }

    private void widen(LocalDate date) {
        String house = document.getString(HOUSE);
        if (house == null) {
            return;
        }
        List<String> scopes = list(document, SCOPES, String.class);
        String scope = ComplianceView.idOf(house, date.getYear());
        if (!scopes.contains(scope)) {
            scopes.add(scope);
            scopes.sort(null);
        }
    }
}
