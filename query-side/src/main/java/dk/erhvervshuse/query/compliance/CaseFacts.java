package dk.erhvervshuse.query.compliance;

import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.query.support.Recording;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.findOrAdd;
import static dk.erhvervshuse.query.support.BsonValues.list;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.names;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.strings;

/**
 * What supervision needs to know of one guidance case ({@code compliance_cases}, {@code _id} = case id), as the
 * log tells it event by event: its registration, its meetings and hours as they now stand, when it first passed
 * 3 hours, whether it was selected for evaluation, its referrals, its evaluations and the corrections made to
 * it, and every house-year it touches (its scopes, only ever widened, so that a view it left is still revisited).
 */
final class CaseFacts {

    static final String HOUSE = "house";
    static final String CVR = "cvr";
    static final String OPENED_ON = "openedOn";
    static final String FIRST_DATE = "firstDate";
    static final String REGISTRATION = "registration";
    static final String P_NUMBER = "pNumber";
    static final String SEGMENT = "segment";
    static final String THEMES = "themes";
    static final String MEETINGS = "meetings";
    static final String MEETING_ID = "meetingId";
    static final String HOURS = "hours";
    static final String HELD_ON = "heldOn";
    static final String WITHDRAWN = "withdrawn";
    static final String PASSED = "passedThreeHours";
    static final String ON = "on";
    static final String SELECTED = "selected";
    static final String REFERRALS = "referrals";
    static final String REFERRAL_ID = "referralId";
    static final String PARTNER = "partner";
    static final String CATEGORY = "category";
    static final String REFERRED_ON = "referredOn";
    static final String EVALUATIONS = "evaluations";
    static final String EVALUATION_ID = "evaluationId";
    static final String RECEIVED_ON = "receivedOn";
    static final String CORRECTIONS = "corrections";
    static final String POSITION = "position";
    static final String KIND = "kind";
    static final String USER_ID = "userId";
    static final String ROLE = "role";
    static final String YEAR = "year";
    static final String SCOPES = "scopes";

    /** The kinds of correction counted per adviser. */
    enum Correction { MEETING_CORRECTED, MEETING_WITHDRAWN, REGISTRATION_CORRECTED }

    private final Document document;

    CaseFacts(Document document) {
        this.document = document;
    }

    Document document() {
        return document;
    }

    String caseId() {
        return document.get("_id").toString();
    }

    /** Applies one event of the case, at its position, recorded as {@code recording} says. */
    void apply(GuidanceCaseEvent event, long position, Recording recording) {
        if (document.getString(HOUSE) == null && event.house() != null) {
            document.put(HOUSE, event.house().name());
        }
        if (document.getString(CVR) == null && event.cvr() != null) {
            document.put(CVR, event.cvr().value());
        }
        if (event instanceof GuidanceCaseOpened e) {
            document.put(OPENED_ON, date(e.openedOn()));
            register(e.pNumber() == null ? null : e.pNumber().value(), name(e.segment()), e.themes());
            touch(e.openedOn());
        } else if (event instanceof GuidanceMeetingRecorded e) {
            meeting(e.meetingId(), e.hours(), e.heldOn());
            passThreeHoursIfDue(e.heldOn(), position);
        } else if (event instanceof GuidanceMeetingCorrected e) {
            meeting(e.meetingId(), e.hours(), e.heldOn());
            passThreeHoursIfDue(e.heldOn(), position);
            corrected(Correction.MEETING_CORRECTED, position, recording);
        } else if (event instanceof GuidanceMeetingWithdrawn e) {
            findOrAdd(documents(document, MEETINGS), MEETING_ID, e.meetingId()).put(WITHDRAWN, true);
            corrected(Correction.MEETING_WITHDRAWN, position, recording);
        } else if (event instanceof CaseSelectedForUserEvaluation e) {
            document.put(SELECTED, new Document(ON, date(e.selectedOn())).append(HOURS, decimal(e.hoursAtSelection())));
            touch(e.selectedOn());
        } else if (event instanceof CompanyReferred e) {
            Document referral = findOrAdd(documents(document, REFERRALS), REFERRAL_ID, e.referralId());
            referral.put(PARTNER, name(e.partner()));
            referral.put(CATEGORY, name(e.category()));
            referral.put(REFERRED_ON, date(e.referredOn()));
            touch(e.referredOn());
        } else if (event instanceof UserEvaluationReceived e) {
            findOrAdd(documents(document, EVALUATIONS), EVALUATION_ID, e.evaluationId())
                    .put(RECEIVED_ON, date(e.receivedOn()));
            touch(e.receivedOn());
        } else if (event instanceof CaseRegistrationCorrected e) {
            register(e.pNumber() == null ? null : e.pNumber().value(), name(e.segment()), e.themes());
            corrected(Correction.REGISTRATION_CORRECTED, position, recording);
        }
    }

    // ---- reading

    String house() {
        return document.getString(HOUSE);
    }

    String cvr() {
        return document.getString(CVR);
    }

    LocalDate openedOn() {
        return date(document, OPENED_ON);
    }

    /** The first business date the log tells of the case: where a case without an opening is filed. */
    LocalDate firstDate() {
        return date(document, FIRST_DATE);
    }

    /** The registration as opened or last corrected; null when the log holds neither. */
    Document registration() {
        return document.get(REGISTRATION, Document.class);
    }

    List<Document> meetings() {
        return nested(document, MEETINGS);
    }

    List<Document> referrals() {
        return nested(document, REFERRALS);
    }

    List<Document> evaluations() {
        return nested(document, EVALUATIONS);
    }

    List<Document> corrections() {
        return nested(document, CORRECTIONS);
    }

    Document passedThreeHours() {
        return document.get(PASSED, Document.class);
    }

    boolean selected() {
        return document.get(SELECTED) != null;
    }

    List<String> scopes() {
        return strings(document, SCOPES);
    }

    /** Meetings as they now stand, withdrawn ones excluded (§9's counting hours). */
    BigDecimal countingHours() {
        BigDecimal hours = BigDecimal.ZERO;
        for (Document meeting : meetings()) {
            BigDecimal meetingHours = decimal(meeting, HOURS);
            if (!Boolean.TRUE.equals(meeting.getBoolean(WITHDRAWN)) && meetingHours != null) {
                hours = hours.add(meetingHours);
            }
        }
        return hours;
    }

    // ---- changing

    private void register(String pNumber, String segment, List<Theme> themes) {
        document.put(REGISTRATION, new Document(P_NUMBER, pNumber).append(SEGMENT, segment)
                .append(THEMES, names(themes)));
    }

    /** A correction puts the meeting as it now stands, counting again, as the case itself does. */
    private void meeting(String meetingId, BigDecimal hours, LocalDate heldOn) {
        Document meeting = findOrAdd(documents(document, MEETINGS), MEETING_ID, meetingId);
        meeting.put(HOURS, decimal(hours));
        meeting.put(HELD_ON, date(heldOn));
        meeting.put(WITHDRAWN, false);
        touch(heldOn);
    }

    /** The first time counting hours exceed 3, remembered for good, as selection is (§9). */
    private void passThreeHoursIfDue(LocalDate heldOn, long position) {
        BigDecimal hours = countingHours();
        if (passedThreeHours() == null && ComplianceRules.exceedsThreeHours(hours)) {
            document.put(PASSED, new Document(ON, date(heldOn)).append(HOURS, decimal(hours))
                    .append(POSITION, position));
        }
    }

    private void corrected(Correction kind, long position, Recording recording) {
        int year = recording.recordedAt() == null ? 0
                : recording.recordedAt().atZone(ComplianceRules.DANISH_TIME).getYear();
        List<Document> corrections = documents(document, CORRECTIONS);
        for (Document correction : corrections) {
            if (((Number) correction.get(POSITION)).longValue() == position) {
                return;
            }
        }
        corrections.add(new Document(POSITION, position).append(KIND, kind.name())
                .append(USER_ID, recording.userId()).append(ROLE, recording.role()).append(YEAR, year));
        widen(year);
    }

    private void touch(LocalDate date) {
        if (date == null) {
            return;
        }
        LocalDate first = firstDate();
        if (first == null || date.isBefore(first)) {
            document.put(FIRST_DATE, date(date));
        }
        widen(date.getYear());
    }

    private void widen(int year) {
        String house = house();
        if (house == null || year == 0) {
            return;
        }
        List<String> scopes = list(document, SCOPES, String.class);
        String scope = ComplianceView.idOf(house, year);
        if (!scopes.contains(scope)) {
            scopes.add(scope);
            scopes.sort(null);
        }
    }
}
