package dk.erhvervshuse.query.guidance;

import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.support.Recording;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.list;
import static dk.erhvervshuse.query.support.BsonValues.longs;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.names;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.strings;
import static dk.erhvervshuse.query.support.BsonValues.replaceById;

/**
 * A document of {@code case_view}, one per guidance case ({@code _id} = case id), as the events of
 * the case shape it; and its reading as a {@link GuidanceCaseView}. Field names are the view's.
 */
final class CaseViewDocument {

    static final String EVENT_POSITIONS = "eventPositions";

    private final Document document;

    CaseViewDocument(Document document) {
        this.document = document;
    }

    boolean isOpened() {
        return document.getString("status") != null;
    }

    void open(GuidanceCaseOpened e) {
        document.put("house", name(e.house()));
        document.put("cvr", e.cvr() == null ? null : e.cvr().value());
        document.put("status", "OPEN");
        document.put("openedOn", date(e.openedOn()));
        register(e.house() == null ? null : e.house().name(), name(e.office()),
                e.pNumber() == null ? null : e.pNumber().value(), date(e.foundedOn()), name(e.segment()),
                names(e.themes()));
        document.putIfAbsent("totalHours", decimal(BigDecimal.ZERO));
    }

    void recordMeeting(GuidanceMeetingRecorded e) {
        Document meeting = meeting(e.meetingId());
        meeting.put("adviserId", e.adviserId());
        meeting.put("form", name(e.form()));
        meeting.put("hours", decimal(e.hours()));
        meeting.put("themes", names(e.themes()));
        meeting.put("heldOn", date(e.heldOn()));
        meeting.putIfAbsent("status", "RECORDED");
        total();
    }

    void correctMeeting(GuidanceMeetingCorrected e, Recording recording) {
        Document meeting = meeting(e.meetingId());
        meeting.put("adviserId", e.adviserId());
        meeting.put("form", name(e.form()));
        meeting.put("hours", decimal(e.hours()));
        meeting.put("themes", names(e.themes()));
        meeting.put("heldOn", date(e.heldOn()));
        if (!"WITHDRAWN".equals(meeting.getString("status"))) {
            meeting.put("status", "CORRECTED");
        }
        documents(meeting, "corrections").add(correction("CORRECTED", reason(e.reason(), recording),
                e.hours(), date(e.heldOn()), recording));
        total();
    }

    void withdrawMeeting(GuidanceMeetingWithdrawn e, Recording recording) {
        Document meeting = meeting(e.meetingId());
        meeting.put("status", "WITHDRAWN");
        documents(meeting, "corrections").add(correction("WITHDRAWN", reason(e.reason(), recording), null, null,
                recording));
        total();
    }

    void select(CaseSelectedForUserEvaluation e) {
        document.put("evaluationSelection", new Document("hoursAtSelection", decimal(e.hoursAtSelection()))
                .append("selectedOn", date(e.selectedOn())));
    }

    void refer(CompanyReferred e) {
        Document referral = new Document("referralId", e.referralId())
                .append("partner", name(e.partner()))
                .append("category", name(e.category()))
                .append("partnerName", e.partnerName())
                .append("referredOn", date(e.referredOn()));
        replaceById(documents(document, "referrals"), "referralId", e.referralId(), referral);
    }

    void receiveEvaluation(UserEvaluationReceived e) {
        Document evaluation = new Document("evaluationId", e.evaluationId())
                .append("recommendScore", e.recommendScore())
                .append("referralUsed", e.referralUsed())
                .append("sustainabilityHelpedToHighDegree", e.sustainabilityHelpedToHighDegree())
                .append("receivedOn", date(e.receivedOn()));
        replaceById(documents(document, "evaluations"), "evaluationId", e.evaluationId(), evaluation);
    }

    void correctRegistration(CaseRegistrationCorrected e, Recording recording) {
        String house = e.house() == null ? document.getString("house") : e.house().name();
        String pNumber = e.pNumber() == null ? null : e.pNumber().value();
        List<String> themes = names(e.themes());
        List<String> changed = new ArrayList<>();
        changedIf(changed, "house", document.getString("house"), house);
        changedIf(changed, "office", document.getString("office"), name(e.office()));
        changedIf(changed, "pNumber", document.getString("pNumber"), pNumber);
        changedIf(changed, "foundedOn", document.getString("foundedOn"), date(e.foundedOn()));
        changedIf(changed, "segment", document.getString("segment"), name(e.segment()));
        changedIf(changed, "themes", new HashSet<>(strings(document, "themes")), new HashSet<>(themes));
        register(house, name(e.office()), pNumber, date(e.foundedOn()), name(e.segment()), themes);
        documents(document, "registrationCorrections").add(new Document("changedFields", changed)
                .append("reason", reason(e.reason(), recording))
                .append("recordedAt", instant(recording.recordedAt()))
                .append("recordedBy", recording.userId()));
    }

    void close(GuidanceCaseClosed e) {
        document.put("status", "CLOSED");
        document.put("closedOn", date(e.closedOn()));
    }

    /** Every event of the case ends here: its position joins the case's audit trail. */
    void recorded(long position, Recording recording) {
        list(document, EVENT_POSITIONS, Long.class).add(position);
        document.put("lastRecordedAt", instant(recording.recordedAt()));
    }

    private void register(String house, String office, String pNumber, String foundedOn, String segment,
                          List<String> themes) {
        document.put("house", house);
        document.put("office", office);
        document.put("pNumber", pNumber);
        document.put("foundedOn", foundedOn);
        document.put("segment", segment);
        document.put("themes", themes);
    }

    private Document meeting(String meetingId) {
        List<Document> meetings = documents(document, "meetings");
        for (Document meeting : meetings) {
            if (meetingId.equals(meeting.getString("meetingId"))) {
                return meeting;
            }
        }
        Document meeting = new Document("meetingId", meetingId);
        meetings.add(meeting);
        return meeting;
    }

    /** Hours of the meetings that count: withdrawn ones left out, corrected ones at their corrected value. */
    private void total() {
        BigDecimal total = BigDecimal.ZERO;
        for (Document meeting : documents(document, "meetings")) {
            BigDecimal hours = decimal(meeting, "hours");
            if (!"WITHDRAWN".equals(meeting.getString("status")) && hours != null) {
                total = total.add(hours);
            }
        }
        document.put("totalHours", decimal(total));
    }

    private static Document correction(String kind, String reason, BigDecimal hours, String heldOn,
                                       Recording recording) {
        return new Document("kind", kind)
                .append("reason", reason)
                .append("hours", decimal(hours))
                .append("heldOn", heldOn)
                .append("recordedAt", instant(recording.recordedAt()))
                .append("recordedBy", recording.userId());
    }

    private static String reason(String inPayload, Recording recording) {
        return inPayload != null ? inPayload : recording.reason();
    }

    private static void changedIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    GuidanceCaseView toView() {
        Document selection = document.get("evaluationSelection", Document.class);
        return new GuidanceCaseView(
                document.getString("_id"),
                document.getString("house"),
                document.getString("office"),
                document.getString("cvr"),
                document.getString("pNumber"),
                date(document, "foundedOn"),
                document.getString("segment"),
                strings(document, "themes"),
                date(document, "openedOn"),
                document.getString("status"),
                date(document, "closedOn"),
                totalHours(),
                selection == null ? null : new GuidanceCaseView.EvaluationSelection(
                        decimal(selection, "hoursAtSelection"), date(selection, "selectedOn")),
                nested(document, "meetings").stream().map(CaseViewDocument::meetingView).toList(),
                nested(document, "referrals").stream().map(r -> new GuidanceCaseView.Referral(
                        r.getString("referralId"), r.getString("partner"), r.getString("category"),
                        r.getString("partnerName"), date(r, "referredOn"))).toList(),
                nested(document, "evaluations").stream().map(v -> new GuidanceCaseView.Evaluation(
                        v.getString("evaluationId"), v.getInteger("recommendScore", 0), v.getBoolean("referralUsed"),
                        v.getBoolean("sustainabilityHelpedToHighDegree"), date(v, "receivedOn"))).toList(),
                nested(document, "registrationCorrections").stream().map(c ->
                        new GuidanceCaseView.RegistrationCorrection(strings(c, "changedFields"), c.getString("reason"),
                                instant(c, "recordedAt"), c.getString("recordedBy"))).toList(),
                List.copyOf(longs(document, EVENT_POSITIONS)),
                instant(document, "lastRecordedAt"));
    }

    String caseId() {
        return document.getString("_id");
    }

    String house() {
        return document.getString("house");
    }

    String segment() {
        return document.getString("segment");
    }

    String openedOn() {
        return document.getString("openedOn");
    }

    String status() {
        return document.getString("status");
    }

    BigDecimal totalHours() {
        BigDecimal total = decimal(document, "totalHours");
        return total == null ? BigDecimal.ZERO : total;
    }

    private static GuidanceCaseView.Meeting meetingView(Document meeting) {
        return new GuidanceCaseView.Meeting(
                meeting.getString("meetingId"),
                meeting.getString("adviserId"),
                meeting.getString("form"),
                decimal(meeting, "hours"),
                strings(meeting, "themes"),
                date(meeting, "heldOn"),
                meeting.getString("status"),
                nested(meeting, "corrections").stream().map(c -> new GuidanceCaseView.MeetingCorrection(
                        c.getString("kind"), c.getString("reason"), decimal(c, "hours"), date(c, "heldOn"),
                        instant(c, "recordedAt"), c.getString("recordedBy"))).toList());
    }
}
