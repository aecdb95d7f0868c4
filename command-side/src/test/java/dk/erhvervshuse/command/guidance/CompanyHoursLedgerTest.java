package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CVR;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.HOUSE;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.TODAY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.repeat;

class CompanyHoursLedgerTest {

    private static final String LEDGER_ID = "MIDTJYLLAND:13748136";
    private static final String CASE_A = "case-a";
    private static final String CASE_B = "case-b";
    private static final String MANAGER = "manager-3";
    private static final String JUSTIFICATION = "Sparring on a growth plan; no private adviser offers this locally.";

    private FixtureConfiguration<CompanyHoursLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompanyHoursLedger.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static CountGuidanceHours count(String caseId, String meetingId, String hours, LocalDate heldOn) {
        return new CountGuidanceHours(LEDGER_ID, HOUSE, COMPANY, caseId, meetingId,
                hours == null ? null : new BigDecimal(hours), heldOn);
    }

    private static GuidanceHoursCounted counted(String caseId, String meetingId, String hours, LocalDate heldOn) {
        return new GuidanceHoursCounted(LEDGER_ID, HOUSE, COMPANY, caseId, meetingId, hours(hours), heldOn);
    }

    private static ManagementDecisionRequired required(String hoursInWindow, LocalDate windowFrom, LocalDate windowTo) {
        return new ManagementDecisionRequired(LEDGER_ID, HOUSE, COMPANY, requirementId(windowTo), hours(hoursInWindow),
                windowFrom, windowTo);
    }

    private static String requirementId(LocalDate windowTo) {
        return LEDGER_ID + ":" + windowTo;
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Nested
    class CountingHours {

        @Test
        void createsTheLedgerWithItsFirstCount() {
            fixture.givenNoPriorActivity()
                    .when(count(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .expectEvents(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)));
        }

        @Test
        void requiresNoDecisionAtExactly20HoursInAWindow() {
            fixture.given(counted(CASE_A, "m-1", "12.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-3", "2.00", day(2025, 3, 3)))
                    .expectEvents(counted(CASE_A, "m-3", "2.00", day(2025, 3, 3)));
        }

        @Test
        void requiresADecisionWhenAWindowExceeds20Hours() {
            fixture.given(counted(CASE_A, "m-1", "12.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-3", "2.01", day(2025, 3, 3)))
                    .expectEvents(counted(CASE_A, "m-3", "2.01", day(2025, 3, 3)),
                            required("20.01", day(2024, 3, 4), day(2025, 3, 3)));
        }

        @Test
        void namesTheRequirementAfterTheLedgerAndTheWindowsLastDay() {
            fixture.given(counted(CASE_A, "m-1", "20.00", day(2025, 1, 6)))
                    .when(count(CASE_A, "m-2", "0.50", day(2025, 1, 7)))
                    .expectEvents(counted(CASE_A, "m-2", "0.50", day(2025, 1, 7)),
                            new ManagementDecisionRequired(LEDGER_ID, HOUSE, COMPANY, "MIDTJYLLAND:13748136:2025-01-07",
                                    hours("20.50"), day(2024, 1, 8), day(2025, 1, 7)));
        }

        @Test
        void addsUpTheMeetingsOfAllTheCompanysCasesAtTheHouse() {
            fixture.given(counted(CASE_A, "m-1", "11.00", day(2024, 9, 2)))
                    .when(count(CASE_B, "m-1", "10.00", day(2025, 2, 3)))
                    .expectEvents(counted(CASE_B, "m-1", "10.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)));
        }

        @Test
        void keepsMeetingsWithTheSameIdInDifferentCasesApart() {
            fixture.given(counted(CASE_A, "m-1", "11.00", day(2025, 2, 3)))
                    .when(count(CASE_B, "m-1", "11.00", day(2025, 2, 3)))
                    .expectEvents(counted(CASE_B, "m-1", "11.00", day(2025, 2, 3)),
                            required("22.00", day(2024, 2, 4), day(2025, 2, 3)));
        }

        @Test
        void doesNotShareAWindowBetweenMeetings12MonthsAndADayApart() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2024, 3, 10)))
                    .when(count(CASE_A, "m-2", "6.00", day(2025, 3, 11)))
                    .expectEvents(counted(CASE_A, "m-2", "6.00", day(2025, 3, 11)));
        }

        @Test
        void doesNotShareAWindowBetweenMeetingsExactly12MonthsApart() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2024, 3, 10)))
                    .when(count(CASE_A, "m-2", "6.00", day(2025, 3, 10)))
                    .expectEvents(counted(CASE_A, "m-2", "6.00", day(2025, 3, 10)));
        }

        @Test
        void sharesAWindowBetweenMeetingsADayLessThan12MonthsApart() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2024, 3, 11)))
                    .when(count(CASE_A, "m-2", "6.00", day(2025, 3, 10)))
                    .expectEvents(counted(CASE_A, "m-2", "6.00", day(2025, 3, 10)),
                            required("21.00", day(2024, 3, 11), day(2025, 3, 10)));
        }

        @Test
        void findsTheBreachInTheWindowEndingAtAnEarlierMeetingWhenALaterOneIsBackdated() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 3, 1)))
                    .when(count(CASE_A, "m-2", "6.00", day(2025, 1, 15)))
                    .expectEvents(counted(CASE_A, "m-2", "6.00", day(2025, 1, 15)),
                            required("21.00", day(2024, 3, 2), day(2025, 3, 1)));
        }

        @Test
        void emitsNothingWhenTheSameMeetingIsCountedAgain() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "2", day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void emitsNothingWhenACountThatRaisedARequirementIsRetried() {
            fixture.given(counted(CASE_A, "m-1", "21.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "21.00", day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void countsACorrectedMeetingWithItsNewHoursAndDate() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "3.00", day(2025, 2, 4)))
                    .expectEvents(counted(CASE_A, "m-1", "3.00", day(2025, 2, 4)));
        }

        @Test
        void countsAWithdrawnMeetingAsZeroOnTheDateItAlreadyHas() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "0", null))
                    .expectEvents(counted(CASE_A, "m-1", "0.00", day(2025, 2, 3)));
        }

        @Test
        void emitsNothingWhenAWithdrawalIsCountedTwice() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)),
                            counted(CASE_A, "m-1", "0.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "0", null))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void emitsNothingForTheWithdrawalOfAMeetingNeverCounted() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-9", "0", null))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void createsNoLedgerForTheWithdrawalOfAMeetingNeverCounted() {
            fixture.givenNoPriorActivity()
                    .when(count(CASE_A, "m-9", "0", null))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void takesAWithdrawnMeetingOutOfTheWindow() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_B, "m-1", "5.00", day(2025, 2, 3)),
                            counted(CASE_B, "m-1", "0.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-2", "5.00", day(2025, 3, 3)))
                    .expectEvents(counted(CASE_A, "m-2", "5.00", day(2025, 3, 3)));
        }

        @Test
        void keepsARequirementWhenAWithdrawalBringsTheWindowBackTo20HoursOrLess() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)))
                    .when(count(CASE_A, "m-2", "0", null))
                    .expectEvents(counted(CASE_A, "m-2", "0.00", day(2025, 2, 3)));
        }

        @Test
        void raisesNoSecondRequirementForAWindowAlreadyCovered() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "16.00", day(2025, 1, 6)))
                    .expectEvents(counted(CASE_A, "m-1", "16.00", day(2025, 1, 6)));
        }

        @Test
        void raisesNoSecondRequirementForAWindowAlreadyDecided() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)),
                            decided(requirementId(day(2025, 2, 3)), day(2025, 2, 10)))
                    .when(count(CASE_A, "m-2", "7.00", day(2025, 2, 3)))
                    .expectEvents(counted(CASE_A, "m-2", "7.00", day(2025, 2, 3)));
        }

        /**
         * A requirement covers the 12-month period it was raised for: a later meeting that keeps the
         * company above 20 hours in its own window is guidance management has not yet taken a stance on.
         */
        @Test
        void aDecisionCoversTheFollowingTwelveMonthsOfContinuedGuidance() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)))
                    .when(count(CASE_A, "m-3", "1.00", day(2026, 2, 2)))
                    .expectEvents(counted(CASE_A, "m-3", "1.00", day(2026, 2, 2)));
        }

        @Test
        void requiresANewDecisionOnceTheTwelveMonthsAfterTheFirstHavePassed() {
            fixture.given(counted(CASE_A, "m-1", "15.00", day(2025, 1, 6)),
                            counted(CASE_A, "m-2", "6.00", day(2025, 2, 3)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)),
                            counted(CASE_A, "m-3", "20.00", day(2026, 1, 5)))
                    .when(count(CASE_A, "m-4", "1.00", day(2026, 2, 3)))
                    .expectEvents(counted(CASE_A, "m-4", "1.00", day(2026, 2, 3)),
                            required("21.00", day(2025, 2, 4), day(2026, 2, 3)));
        }

        @Test
        void requiresANewDecisionWhenGuidanceExceeds20HoursAgainInALaterYear() {
            fixture.given(counted(CASE_A, "m-1", "21.00", day(2024, 2, 5)),
                            required("21.00", day(2023, 2, 6), day(2024, 2, 5)),
                            counted(CASE_B, "m-1", "12.00", day(2025, 3, 3)))
                    .when(count(CASE_B, "m-2", "9.00", day(2025, 4, 7)))
                    .expectEvents(counted(CASE_B, "m-2", "9.00", day(2025, 4, 7)),
                            required("21.00", day(2024, 4, 8), day(2025, 4, 7)));
        }

        @Test
        void raisesEveryRequirementABackdatedMeetingCallsFor() {
            fixture.given(counted(CASE_A, "m-1", "10.00", day(2025, 2, 3)),
                            counted(CASE_A, "m-2", "21.00", day(2026, 3, 2)))
                    .when(count(CASE_A, "m-3", "11.00", day(2025, 1, 6)))
                    .expectEvents(counted(CASE_A, "m-3", "11.00", day(2025, 1, 6)),
                            required("21.00", day(2024, 2, 4), day(2025, 2, 3)),
                            required("21.00", day(2025, 3, 3), day(2026, 3, 2)));
        }

        @Test
        void rejectsACountForAnotherLedger() {
            fixture.givenNoPriorActivity()
                    .when(new CountGuidanceHours("FYN:13748136", HOUSE, COMPANY, CASE_A, "m-1", hours("1"),
                            day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "ledgerId", "ledgerId.mismatch"));
        }

        @Test
        void rejectsNegativeHours() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-1", "-1", day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.range"));
        }

        @Test
        void rejectsMoreThan24HoursForOneMeeting() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-2", "24.01", day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.range"));
        }

        @Test
        void rejectsAMeetingWithoutADateTheLedgerDoesNotKnow() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "m-2", "2.00", null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.required"));
        }

        @Test
        void rejectsACountWithoutMeetingId() {
            fixture.given(counted(CASE_A, "m-1", "2.00", day(2025, 2, 3)))
                    .when(count(CASE_A, "", "2.00", day(2025, 2, 3)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "meetingId", "meetingId.required"));
        }
    }

    private static RecordManagementDecision decide(String requirementId, LocalDate decidedOn) {
        return RecordManagementDecision.of(HOUSE, CVR, requirementId, MANAGER, true, JUSTIFICATION, decidedOn);
    }

    private static ManagementDecisionRecorded decided(String requirementId, LocalDate decidedOn) {
        return new ManagementDecisionRecorded(LEDGER_ID, HOUSE, COMPANY, requirementId, MANAGER, true, JUSTIFICATION,
                decidedOn);
    }

    @Nested
    class RecordingAManagementDecision {

        private final LocalDate windowTo = day(2025, 2, 3);
        private final String requirementId = requirementId(windowTo);
        private final Object[] pending = {
                counted(CASE_A, "m-1", "21.00", windowTo),
                required("21.00", day(2024, 2, 4), windowTo)};

        @Test
        void recordsManagementsDecisionOnAPendingRequirement() {
            fixture.given(pending)
                    .when(decide(requirementId, day(2025, 2, 10)))
                    .expectEvents(decided(requirementId, day(2025, 2, 10)));
        }

        @Test
        void recordsADecisionToStopTheGuidance() {
            fixture.given(pending)
                    .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, MANAGER, false,
                            "Refer to a private adviser.", TODAY))
                    .expectEvents(new ManagementDecisionRecorded(LEDGER_ID, HOUSE, COMPANY, requirementId, MANAGER,
                            false, "Refer to a private adviser.", TODAY));
        }

        @Test
        void acceptsADecisionOnTheDayTheGuidancePassed20Hours() {
            fixture.given(pending)
                    .when(decide(requirementId, windowTo))
                    .expectEvents(decided(requirementId, windowTo));
        }

        @Test
        void rejectsADecisionOnARequirementNeverRaised() {
            fixture.given(pending)
                    .when(decide(requirementId(day(2025, 2, 4)), TODAY))
                    .expectNoEvents()
                    .expectException(rejected(NotFound.class, "requirementId", "requirementId.unknown"));
        }

        @Test
        void rejectsASecondDecisionOnTheSameRequirement() {
            fixture.given(counted(CASE_A, "m-1", "21.00", windowTo), required("21.00", day(2024, 2, 4), windowTo),
                            decided(requirementId, day(2025, 2, 10)))
                    .when(decide(requirementId, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "requirementId", "requirement.alreadyDecided"));
        }

        @Test
        void rejectsADecisionOnALedgerNeverCreated() {
            fixture.givenNoPriorActivity()
                    .when(decide(requirementId, TODAY))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void rejectsADecisionWithoutTheDecider() {
            fixture.given(pending)
                    .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, " ", true, JUSTIFICATION, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "decidedBy", "decidedBy.required"));
        }

        @Test
        void rejectsADecisionThatDoesNotSayWhetherGuidanceContinues() {
            fixture.given(pending)
                    .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, MANAGER, null, JUSTIFICATION, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "continueGuidance", "continueGuidance.required"));
        }

        @Test
        void rejectsADecisionWithoutJustification() {
            fixture.given(pending)
                    .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, MANAGER, true, "", TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "justification", "justification.required"));
        }

        @Test
        void rejectsAJustificationLongerThan1000Characters() {
            fixture.given(pending)
                    .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, MANAGER, true, repeat('j', 1001),
                            TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "justification", "justification.tooLong"));
        }

        @Test
        void rejectsADecisionDatedInTheFuture() {
            fixture.given(pending)
                    .when(decide(requirementId, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "decidedOn", "decidedOn.inFuture"));
        }

        @Test
        void rejectsADecisionDatedBeforeTheGuidancePassed20Hours() {
            fixture.given(pending)
                    .when(decide(requirementId, windowTo.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "decidedOn", "decidedOn.beforeRequirement"));
        }

        @Test
        void rejectsADecisionNamingAnotherCompany() {
            fixture.given(pending)
                    .when(new RecordManagementDecision(LEDGER_ID, HOUSE, "24256790", requirementId, MANAGER, true,
                            JUSTIFICATION, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.mismatch"));
        }

        @Test
        void rejectsADecisionNamingAnotherHouse() {
            fixture.given(pending)
                    .when(new RecordManagementDecision(LEDGER_ID, House.FYN, CVR, requirementId, MANAGER, true,
                            JUSTIFICATION, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.mismatch"));
        }
    }

    @Test
    void carriesTheCompanyOfTheLedgerOnEveryEvent() {
        Cvr other = new Cvr("24256790");
        String ledgerId = "FYN:24256790";
        fixture.givenNoPriorActivity()
                .when(new CountGuidanceHours(ledgerId, House.FYN, other, CASE_A, "m-1", hours("1.5"), day(2025, 2, 3)))
                .expectEvents(new GuidanceHoursCounted(ledgerId, House.FYN, other, CASE_A, "m-1", hours("1.50"),
                        day(2025, 2, 3)));
    }
}
