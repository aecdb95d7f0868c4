package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One company's case at one house, and builders for the commands and the events they should give. */
final class GuidanceTestData {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), COPENHAGEN);

    static final String CASE_ID = "case-1";
    static final House HOUSE = House.MIDTJYLLAND;
    static final String CVR = "13748136";
    static final Cvr COMPANY = new Cvr(CVR);
    static final String P_NUMBER = "1012345678";
    static final LocalDate FOUNDED = LocalDate.of(2010, 3, 1);
    static final LocalDate OPENED = LocalDate.of(2025, 1, 10);
    static final String ADVISER = "adviser-7";
    static final List<Theme> THEMES = List.of(Theme.DIGITALISATION_AND_TECHNOLOGY);
    static final String REASON = "registered on the wrong day";

    private GuidanceTestData() {
    }

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    static OpenCase openCase() {
        return new OpenCase();
    }

    static Meeting meeting(String meetingId) {
        return new Meeting(meetingId);
    }

    static Referral referral(String referralId) {
        return new Referral(referralId);
    }

    static Evaluation evaluation(String evaluationId) {
        return new Evaluation(evaluationId);
    }

    static GuidanceCaseOpened caseOpened() {
        return openCase().opened();
    }

    static CaseSelectedForUserEvaluation selected(String hoursAtSelection, LocalDate selectedOn) {
        return new CaseSelectedForUserEvaluation(CASE_ID, HOUSE, COMPANY, hours(hoursAtSelection), selectedOn);
    }

    static WithdrawGuidanceMeeting withdraw(String meetingId) {
        return new WithdrawGuidanceMeeting(CASE_ID, meetingId, REASON);
    }

    static GuidanceMeetingWithdrawn withdrawn(String meetingId) {
        return new GuidanceMeetingWithdrawn(CASE_ID, HOUSE, COMPANY, meetingId, REASON);
    }

    static GuidanceCaseClosed closed(LocalDate closedOn) {
        return new GuidanceCaseClosed(CASE_ID, HOUSE, COMPANY, closedOn);
    }

    static final class OpenCase {
        private String caseId = CASE_ID;
        private House house = HOUSE;
        private Office office = Office.HEAD_OFFICE;
        private String cvr = CVR;
        private String pNumber = P_NUMBER;
        private LocalDate foundedOn = FOUNDED;
        private Segment segment = Segment.GROWTH;
        private List<Theme> themes = THEMES;
        private LocalDate openedOn = OPENED;

        OpenCase caseId(String value) {
            caseId = value;
            return this;
        }

        OpenCase house(House value) {
            house = value;
            return this;
        }

        OpenCase office(Office value) {
            office = value;
            return this;
        }

        OpenCase cvr(String value) {
            cvr = value;
            return this;
        }

        OpenCase pNumber(String value) {
            pNumber = value;
            return this;
        }

        OpenCase foundedOn(LocalDate value) {
            foundedOn = value;
            return this;
        }

        OpenCase segment(Segment value) {
            segment = value;
            return this;
        }

        OpenCase themes(List<Theme> value) {
            themes = value;
            return this;
        }

        OpenCase openedOn(LocalDate value) {
            openedOn = value;
            return this;
        }

        OpenGuidanceCase command() {
            return new OpenGuidanceCase(caseId, house, office, cvr, pNumber, foundedOn, segment, themes, openedOn);
        }

        GuidanceCaseOpened opened() {
            return new GuidanceCaseOpened(caseId, house, new Cvr(cvr), office, new PNumber(pNumber), foundedOn,
                    segment, themes, openedOn);
        }
    }

    static final class Meeting {
        private final String meetingId;
        private String adviserId = ADVISER;
        private MeetingForm form = MeetingForm.DIGITAL;
        private BigDecimal hours = new BigDecimal("1.00");
        private List<Theme> themes = THEMES;
        private LocalDate heldOn = LocalDate.of(2025, 2, 3);

        private Meeting(String meetingId) {
            this.meetingId = meetingId;
        }

        Meeting adviserId(String value) {
            adviserId = value;
            return this;
        }

        Meeting form(MeetingForm value) {
            form = value;
            return this;
        }

        Meeting hours(String value) {
            hours = value == null ? null : new BigDecimal(value);
            return this;
        }

        Meeting themes(List<Theme> value) {
            themes = value;
            return this;
        }

        Meeting heldOn(LocalDate value) {
            heldOn = value;
            return this;
        }

        RecordGuidanceMeeting record() {
            return new RecordGuidanceMeeting(CASE_ID, meetingId, adviserId, form, hours, themes, heldOn);
        }

        GuidanceMeetingRecorded recorded() {
            return new GuidanceMeetingRecorded(CASE_ID, HOUSE, COMPANY, meetingId, adviserId, form, twoDecimals(),
                    themes, heldOn);
        }

        CorrectGuidanceMeeting correct(String reason) {
            return new CorrectGuidanceMeeting(CASE_ID, meetingId, adviserId, form, hours, themes, heldOn, reason);
        }

        CorrectGuidanceMeeting correct() {
            return correct(REASON);
        }

        GuidanceMeetingCorrected corrected() {
            return new GuidanceMeetingCorrected(CASE_ID, HOUSE, COMPANY, meetingId, adviserId, form, twoDecimals(),
                    themes, heldOn, REASON);
        }

        private BigDecimal twoDecimals() {
            return hours.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    static final class Referral {
        private final String referralId;
        private ReferralPartner partner = ReferralPartner.EIFO;
        private PartnerCategory category;
        private String partnerName;
        private LocalDate referredOn = LocalDate.of(2025, 3, 1);

        private Referral(String referralId) {
            this.referralId = referralId;
        }

        Referral partner(ReferralPartner value) {
            partner = value;
            return this;
        }

        Referral category(PartnerCategory value) {
            category = value;
            return this;
        }

        Referral partnerName(String value) {
            partnerName = value;
            return this;
        }

        Referral referredOn(LocalDate value) {
            referredOn = value;
            return this;
        }

        ReferCompany refer() {
            return new ReferCompany(CASE_ID, referralId, partner, category, partnerName, referredOn);
        }

        CompanyReferred referred(PartnerCategory registeredCategory) {
            return new CompanyReferred(CASE_ID, HOUSE, COMPANY, referralId, partner, registeredCategory, partnerName,
                    referredOn);
        }
    }

    static final class Evaluation {
        private final String evaluationId;
        private Integer recommendScore = 9;
        private Boolean referralUsed = Boolean.TRUE;
        private Boolean sustainabilityHelped;
        private LocalDate receivedOn = LocalDate.of(2025, 5, 2);

        private Evaluation(String evaluationId) {
            this.evaluationId = evaluationId;
        }

        Evaluation recommendScore(Integer value) {
            recommendScore = value;
            return this;
        }

        Evaluation sustainabilityHelped(Boolean value) {
            sustainabilityHelped = value;
            return this;
        }

        Evaluation receivedOn(LocalDate value) {
            receivedOn = value;
            return this;
        }

        RecordUserEvaluation record() {
            return new RecordUserEvaluation(CASE_ID, evaluationId, recommendScore, referralUsed, sustainabilityHelped,
                    receivedOn);
        }

        UserEvaluationReceived received() {
            return new UserEvaluationReceived(CASE_ID, HOUSE, COMPANY, evaluationId, recommendScore, referralUsed,
                    sustainabilityHelped, receivedOn);
        }
    }
}
