package dk.erhvervshuse.query;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Guidance histories written as the command side would write them, with valid CVR numbers. */
public final class GuidanceStories {

    public static final Cvr COMPANY = new Cvr("13748136");
    public static final Cvr OTHER_COMPANY = new Cvr("24256790");
    public static final PNumber P_NUMBER = new PNumber("1000000001");
    public static final LocalDate FOUNDED = LocalDate.parse("2023-05-01");

    private GuidanceStories() {
    }

    public static GuidanceCaseOpened opened(String caseId, House house, Cvr cvr, LocalDate openedOn) {
        return new GuidanceCaseOpened(caseId, house, cvr, Office.HEAD_OFFICE, P_NUMBER, FOUNDED, Segment.GROWTH,
                List.of(Theme.DIGITALISATION_AND_TECHNOLOGY), openedOn);
    }

    public static GuidanceMeetingRecorded meeting(String caseId, House house, Cvr cvr, String meetingId,
                                                  String hours, LocalDate heldOn) {
        return new GuidanceMeetingRecorded(caseId, house, cvr, meetingId, "developer-7", MeetingForm.PHYSICAL,
                new BigDecimal(hours), List.of(Theme.DIGITALISATION_AND_TECHNOLOGY), heldOn);
    }

    public static GuidanceHoursCounted counted(House house, Cvr cvr, String caseId, String meetingId, String hours,
                                               LocalDate heldOn) {
        return new GuidanceHoursCounted(GuidanceHoursEvent.ledgerIdOf(house, cvr), house, cvr, caseId, meetingId,
                new BigDecimal(hours), heldOn);
    }

    /**
     * Case c-1 of {@link #COMPANY} at Hovedstaden, from opening to closing: three meetings, one corrected
     * from 1.0 to 1.5 hours, one withdrawn as a duplicate, selection for evaluation at 4.0 hours, a referral
     * to EIFO, an evaluation, a registration correction (office and segment) and the closing.
     */
    public static void wholeCase(EventLog log) {
        wholeCase(log, "c-1");
    }

    public static void wholeCase(EventLog log, String caseId) {
        House house = House.HOVEDSTADEN;
        log.append(opened(caseId, house, COMPANY, LocalDate.parse("2025-03-01")));
        log.append(meeting(caseId, house, COMPANY, "m-1", "2.5", LocalDate.parse("2025-03-04")));
        log.append(meeting(caseId, house, COMPANY, "m-2", "1.0", LocalDate.parse("2025-03-10")));
        log.append(meeting(caseId, house, COMPANY, "m-3", "4.0", LocalDate.parse("2025-03-12")));
        log.append(new GuidanceMeetingCorrected(caseId, house, COMPANY, "m-2", "developer-7", MeetingForm.DIGITAL,
                new BigDecimal("1.5"), List.of(Theme.CAPITAL), LocalDate.parse("2025-03-11"), "hours were 1.5"),
                "hours were 1.5");
        log.append(new GuidanceMeetingWithdrawn(caseId, house, COMPANY, "m-3", "duplicate of m-1"),
                "duplicate of m-1");
        log.append(new CaseSelectedForUserEvaluation(caseId, house, COMPANY, new BigDecimal("4.0"),
                LocalDate.parse("2025-03-11")));
        log.append(new CompanyReferred(caseId, house, COMPANY, "r-1", ReferralPartner.EIFO,
                PartnerCategory.STATE_PROMOTION, null, LocalDate.parse("2025-03-15")));
        log.recordedBy("evaluation-service", "SYSTEM", null);
        log.append(new UserEvaluationReceived(caseId, house, COMPANY, "e-1", 9, true, null,
                LocalDate.parse("2025-04-01")));
        log.recordedBy("manager-2", "HOUSE_MANAGER", "HOVEDSTADEN");
        log.append(new CaseRegistrationCorrected(caseId, house, COMPANY, Office.BRANCH, P_NUMBER, FOUNDED,
                Segment.OPERATIONS, List.of(Theme.DIGITALISATION_AND_TECHNOLOGY), "segment registered wrongly"),
                "segment registered wrongly");
        log.recordedBy("adviser-1", "ADVISER", "HOVEDSTADEN");
        log.append(new GuidanceCaseClosed(caseId, house, COMPANY, LocalDate.parse("2025-04-30")));
    }

    /**
     * {@link #COMPANY} guided by two houses: c-1 at Hovedstaden passes 20 hours, so management's decision
     * is required, and c-2 at Fyn; the decision comes last.
     */
    public static void companyAtTwoHouses(EventLog log) {
        House hovedstaden = House.HOVEDSTADEN;
        log.append(opened("c-1", hovedstaden, COMPANY, LocalDate.parse("2025-01-06")));
        log.append(meeting("c-1", hovedstaden, COMPANY, "m-1", "12.0", LocalDate.parse("2025-01-10")));
        log.append(counted(hovedstaden, COMPANY, "c-1", "m-1", "12.0", LocalDate.parse("2025-01-10")));
        log.recordedBy("adviser-9", "ADVISER", "FYN");
        log.append(opened("c-2", House.FYN, COMPANY, LocalDate.parse("2025-02-01")));
        log.append(meeting("c-2", House.FYN, COMPANY, "m-9", "2.0", LocalDate.parse("2025-02-03")));
        log.recordedBy("adviser-1", "ADVISER", "HOVEDSTADEN");
        log.append(meeting("c-1", hovedstaden, COMPANY, "m-2", "9.5", LocalDate.parse("2025-02-14")));
        log.append(counted(hovedstaden, COMPANY, "c-1", "m-2", "9.5", LocalDate.parse("2025-02-14")));
        log.append(new ManagementDecisionRequired(GuidanceHoursEvent.ledgerIdOf(hovedstaden, COMPANY), hovedstaden,
                COMPANY, "req-1", new BigDecimal("21.5"), LocalDate.parse("2024-02-15"),
                LocalDate.parse("2025-02-14")));
    }

    public static void managementDecides(EventLog log) {
        log.recordedBy("manager-2", "HOUSE_MANAGER", "HOVEDSTADEN");
        log.append(new ManagementDecisionRecorded(GuidanceHoursEvent.ledgerIdOf(House.HOVEDSTADEN, COMPANY),
                House.HOVEDSTADEN, COMPANY, "req-1", "manager-2", true,
                "no private adviser offers this niche", LocalDate.parse("2025-02-20")));
    }

    /** {@code cases} cases, each opened with {@code meetingsEach} meetings, spread over {@code companies} companies. */
    public static void manyCases(EventLog log, int cases, int meetingsEach, int companies) {
        House[] houses = House.values();
        for (int c = 0; c < cases; c++) {
            String caseId = "case-" + c;
            House house = houses[c % houses.length];
            Cvr cvr = new Cvr(companyNumber(c % companies));
            log.append(opened(caseId, house, cvr, LocalDate.parse("2025-01-01").plusDays(c)));
        }
        for (int m = 0; m < meetingsEach; m++) {
            for (int c = 0; c < cases; c++) {
                House house = houses[c % houses.length];
                Cvr cvr = new Cvr(companyNumber(c % companies));
                log.append(meeting("case-" + c, house, cvr, "m-" + m, "1.25",
                        LocalDate.parse("2025-02-01").plusDays(m)));
            }
        }
    }

    /** A made-up company number; the projections do not check CVR validity, the command side does. */
    public static String companyNumber(int i) {
        return String.valueOf(30000000 + i);
    }
}
