package dk.erhvervshuse.query.compliance;

import dk.erhvervshuse.query.api.IncompleteRegistration;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.strings;

/**
 * What one case shows in each compliance view for one year of its house: the entries, as view documents hold
 * them, tagged with the case as their subject. Computed from the case's facts alone, so the same facts always
 * give the same entries.
 */
final class CaseFindings {

    private final CaseFacts facts;

    CaseFindings(CaseFacts facts) {
        this.facts = facts;
    }

    List<Document> entries(ComplianceView view, int year) {
        return switch (view) {
            case CASES_OVER_THREE_HOURS_NOT_SELECTED -> overThreeHoursNotSelected(year);
            case INCOMPLETE_REGISTRATIONS -> incompleteRegistration(year);
            case EVALUATIONS_OF_UNSELECTED_CASES -> evaluationsOfUnselected(year);
            case CORRECTIONS -> corrections(year);
            case TWENTY_HOURS_WITHOUT_DECISION -> List.of();
        };
    }

    /** §9: passed 3 hours (in this year) and never selected. */
    private List<Document> overThreeHoursNotSelected(int year) {
        Document passed = facts.passedThreeHours();
        if (passed == null || facts.selected() || yearOf(date(passed, CaseFacts.ON)) != year) {
            return List.of();
        }
        return List.of(entry()
                .append("passedOn", passed.getString(CaseFacts.ON))
                .append("hoursWhenPassed", passed.get(CaseFacts.HOURS))
                .append("countingHours", decimal(facts.countingHours())));
    }

    /** §9's minimum: the registration's gaps in the year it was registered, a referral's in the referral's year. */
    private List<Document> incompleteRegistration(int year) {
        List<Document> missing = new ArrayList<>();
        LocalDate registeredOn = facts.openedOn() != null ? facts.openedOn() : facts.firstDate();
        if (yearOf(registeredOn) == year) {
            Document registration = facts.registration();
            if (registration == null || registration.getString(CaseFacts.P_NUMBER) == null) {
                missing.add(missing(IncompleteRegistration.Field.P_NUMBER, null));
            }
            if (registration == null || registration.getString(CaseFacts.SEGMENT) == null) {
                missing.add(missing(IncompleteRegistration.Field.SEGMENT, null));
            }
            if (registration == null || strings(registration, CaseFacts.THEMES).isEmpty()) {
                missing.add(missing(IncompleteRegistration.Field.THEME, null));
            }
        }
        for (Document referral : facts.referrals()) {
            if (yearOf(date(referral, CaseFacts.REFERRED_ON)) != year) {
                continue;
            }
            String referralId = referral.getString(CaseFacts.REFERRAL_ID);
            if (referral.getString(CaseFacts.PARTNER) == null) {
                missing.add(missing(IncompleteRegistration.Field.REFERRAL_PARTNER, referralId));
            }
            if (referral.getString(CaseFacts.CATEGORY) == null) {
                missing.add(missing(IncompleteRegistration.Field.REFERRAL_CATEGORY, referralId));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(entry().append(CaseFacts.OPENED_ON, date(facts.openedOn())).append("missing", missing));
    }

    /** §9: an evaluation received (in this year) for a case the selection rule never selected. */
    private List<Document> evaluationsOfUnselected(int year) {
        if (facts.selected()) {
            return List.of();
        }
        List<Document> entries = new ArrayList<>();
        for (Document evaluation : facts.evaluations()) {
            if (yearOf(date(evaluation, CaseFacts.RECEIVED_ON)) == year) {
                entries.add(entry()
                        .append(CaseFacts.EVALUATION_ID, evaluation.getString(CaseFacts.EVALUATION_ID))
                        .append(CaseFacts.RECEIVED_ON, evaluation.getString(CaseFacts.RECEIVED_ON))
                        .append("countingHours", decimal(facts.countingHours())));
            }
        }
        return entries;
    }

    /** The corrections recorded in this year, counted per user who registered them. */
    private List<Document> corrections(int year) {
        Map<String, Document> byUser = new LinkedHashMap<>();
        for (Document correction : facts.corrections()) {
            if (((Number) correction.get(CaseFacts.YEAR)).intValue() != year) {
                continue;
            }
            String userId = correction.getString(CaseFacts.USER_ID);
            String role = correction.getString(CaseFacts.ROLE);
            Document counts = byUser.computeIfAbsent(userId + "\u0000" + role, key -> entry()
                    .append(CaseFacts.USER_ID, userId).append(CaseFacts.ROLE, role)
                    .append(CaseFacts.Correction.MEETING_CORRECTED.name(), 0)
                    .append(CaseFacts.Correction.MEETING_WITHDRAWN.name(), 0)
                    .append(CaseFacts.Correction.REGISTRATION_CORRECTED.name(), 0));
            String kind = correction.getString(CaseFacts.KIND);
            counts.put(kind, counts.getInteger(kind) + 1);
        }
        return new ArrayList<>(byUser.values());
    }

    private Document entry() {
        return new Document(ComplianceView.SUBJECT, facts.caseId())
                .append("caseId", facts.caseId())
                .append(CaseFacts.CVR, facts.cvr());
    }

    private static Document missing(IncompleteRegistration.Field field, String referralId) {
        return new Document("field", field.name()).append(CaseFacts.REFERRAL_ID, referralId);
    }

    private static int yearOf(LocalDate date) {
        return date == null ? Integer.MIN_VALUE : date.getYear();
    }
}
