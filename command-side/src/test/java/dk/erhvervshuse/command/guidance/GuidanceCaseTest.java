package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CASE_ID;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.FOUNDED;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.HOUSE;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.OPENED;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.P_NUMBER;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.REASON;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.THEMES;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.TODAY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.caseOpened;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.closed;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.evaluation;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.meeting;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.openCase;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.referral;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.repeat;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.selected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.withdraw;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.withdrawn;

class GuidanceCaseTest {

    private FixtureConfiguration<GuidanceCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GuidanceCase.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class OpeningACase {

        @Test
        void opensACaseWithTheRegistrationMinimumOfSection9() {
            fixture.givenNoPriorActivity()
                    .when(openCase().command())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(caseOpened());
        }

        @Test
        void acceptsAnotherValidCvr() {
            fixture.givenNoPriorActivity()
                    .when(openCase().cvr("24256790").command())
                    .expectEvents(openCase().cvr("24256790").opened());
        }

        @Test
        void rejectsACvrThatFailsTheModulus11Check() {
            fixture.givenNoPriorActivity()
                    .when(openCase().cvr("24256791").command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.modulus11"))
                    .expectExceptionMessage("cvr 24256791 fails the modulus-11 check");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1374813", "137481360", "03748136", "1374813A", " 13748136", ""})
        void rejectsACvrThatIsNotEightDigits(String cvr) {
            fixture.givenNoPriorActivity()
                    .when(openCase().cvr(cvr).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.format"));
        }

        @Test
        void rejectsAMissingCvr() {
            fixture.givenNoPriorActivity()
                    .when(openCase().cvr(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"101234567", "10123456789", "0012345678", "10123456a8", ""})
        void rejectsAPNumberThatIsNotTenDigits(String pNumber) {
            fixture.givenNoPriorActivity()
                    .when(openCase().pNumber(pNumber).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "pNumber", "pNumber.format"));
        }

        @Test
        void rejectsAMissingPNumber() {
            fixture.givenNoPriorActivity()
                    .when(openCase().pNumber(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "pNumber", "pNumber.required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void rejectsABlankCaseId(String caseId) {
            fixture.givenNoPriorActivity()
                    .when(openCase().caseId(caseId).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "caseId", "caseId.required"));
        }

        @Test
        void rejectsAMissingCaseId() {
            fixture.givenNoPriorActivity()
                    .when(openCase().caseId(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "caseId", "caseId.required"));
        }

        @Test
        void acceptsACaseIdOfExactly100Characters() {
            String caseId = repeat('c', 100);
            fixture.givenNoPriorActivity()
                    .when(openCase().caseId(caseId).command())
                    .expectEvents(openCase().caseId(caseId).opened());
        }

        @Test
        void rejectsACaseIdLongerThan100Characters() {
            fixture.givenNoPriorActivity()
                    .when(openCase().caseId(repeat('c', 101)).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "caseId", "caseId.tooLong"));
        }

        @Test
        void rejectsACaseIdWithAControlCharacter() {
            fixture.givenNoPriorActivity()
                    .when(openCase().caseId("case\n1").command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "caseId", "caseId.controlCharacters"));
        }

        @Test
        void rejectsAMissingHouse() {
            fixture.givenNoPriorActivity()
                    .when(openCase().house(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.required"));
        }

        @Test
        void rejectsAMissingOffice() {
            fixture.givenNoPriorActivity()
                    .when(openCase().office(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "office", "office.required"));
        }

        @Test
        void rejectsAMissingSegment() {
            fixture.givenNoPriorActivity()
                    .when(openCase().segment(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "segment", "segment.required"));
        }

        @Test
        void rejectsACaseWithoutThemes() {
            fixture.givenNoPriorActivity()
                    .when(openCase().themes(List.of()).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.required"));
        }

        @Test
        void rejectsMissingThemes() {
            fixture.givenNoPriorActivity()
                    .when(openCase().themes(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.required"));
        }

        @Test
        void rejectsAThemeGivenTwice() {
            fixture.givenNoPriorActivity()
                    .when(openCase().themes(List.of(Theme.CAPITAL, Theme.IP_RIGHTS, Theme.CAPITAL)).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.duplicate"));
        }

        @Test
        void rejectsACompanyFoundedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(TODAY.plusDays(1)).openedOn(TODAY).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.inFuture"));
        }

        @Test
        void rejectsACompanyFoundedBefore1850() {
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(LocalDate.of(1849, 12, 31)).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.tooEarly"));
        }

        @Test
        void acceptsACompanyFoundedOnTheFirstDayOf1850() {
            LocalDate foundedOn = LocalDate.of(1850, 1, 1);
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(foundedOn).command())
                    .expectEvents(openCase().foundedOn(foundedOn).opened());
        }

        @Test
        void rejectsAMissingFoundingDate() {
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.required"));
        }

        @Test
        void rejectsACaseOpenedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(openCase().openedOn(TODAY.plusDays(1)).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "openedOn", "openedOn.inFuture"));
        }

        @Test
        void rejectsACaseOpenedBeforeTheCompanyWasFounded() {
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(OPENED).openedOn(OPENED.minusDays(1)).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "openedOn", "openedOn.beforeFounded"));
        }

        @Test
        void acceptsACaseOpenedOnTheDayTheCompanyWasFoundedAndOnTheSameDay() {
            fixture.givenNoPriorActivity()
                    .when(openCase().foundedOn(TODAY).openedOn(TODAY).command())
                    .expectEvents(openCase().foundedOn(TODAY).openedOn(TODAY).opened());
        }

        @Test
        void rejectsAMissingOpeningDate() {
            fixture.givenNoPriorActivity()
                    .when(openCase().openedOn(null).command())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "openedOn", "openedOn.required"));
        }

        @Test
        void tellsTodayByTheDateInCopenhagenNotInUtc() {
            // 22:30 UTC on 15 June is already 00:30 on 16 June in Copenhagen (summer time, UTC+2)
            FixtureConfiguration<GuidanceCase> fixture = new AggregateTestFixture<>(GuidanceCase.class);
            fixture.registerInjectableResource(Clock.fixed(Instant.parse("2025-06-15T22:30:00Z"), ZoneOffset.UTC));
            LocalDate copenhagenToday = LocalDate.of(2025, 6, 16);
            fixture.givenNoPriorActivity()
                    .when(openCase().openedOn(copenhagenToday).command())
                    .expectEvents(openCase().openedOn(copenhagenToday).opened());
        }
    }

    @Nested
    class RecordingAMeeting {

        @Test
        void recordsAMeetingWithItsHours() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours("1.50").record())
                    .expectEvents(meeting("m-1").hours("1.50").recorded());
        }

        @Test
        void registersHoursWithTwoDecimals() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours("2").record())
                    .expectEvents(meeting("m-1").hours("2.00").recorded());
        }

        @Test
        void rejectsAMeetingOnACaseNeverOpened() {
            fixture.givenNoPriorActivity()
                    .when(meeting("m-1").record())
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-1", "24.01", "25", "1000"})
        void rejectsHoursOutsideMoreThanZeroToTwentyFour(String hours) {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours(hours).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.range"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.01", "24", "24.00", "7.25"})
        void acceptsHoursFromAHundredthToTwentyFour(String hours) {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours(hours).record())
                    .expectSuccessfulHandlerExecution();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.001", "0.005", "2.125"})
        void rejectsHoursWithMoreThanTwoDecimals(String hours) {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours(hours).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.precision"));
        }

        @Test
        void acceptsTrailingZerosBeyondTwoDecimals() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours("1.500").record())
                    .expectEvents(meeting("m-1").hours("1.50").recorded());
        }

        @Test
        void rejectsAMeetingWithoutHours() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours(null).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.required"));
        }

        @Test
        void rejectsAMeetingHeldInTheFuture() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").heldOn(TODAY.plusDays(1)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.inFuture"));
        }

        @Test
        void acceptsAMeetingHeldToday() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").heldOn(TODAY).record())
                    .expectEvents(meeting("m-1").heldOn(TODAY).recorded());
        }

        @Test
        void rejectsAMeetingHeldBeforeTheAgreementPeriod() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").heldOn(LocalDate.of(2023, 12, 31)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.beforeAgreement"));
        }

        @Test
        void acceptsAMeetingOnTheFirstDayOfTheAgreementPeriod() {
            LocalDate firstDay = LocalDate.of(2024, 1, 1);
            fixture.given(caseOpened())
                    .when(meeting("m-1").heldOn(firstDay).record())
                    .expectEvents(meeting("m-1").heldOn(firstDay).recorded());
        }

        @Test
        void rejectsAMeetingHeldBeforeTheCompanyWasFounded() {
            fixture.given(openCase().foundedOn(LocalDate.of(2024, 9, 1)).opened())
                    .when(meeting("m-1").heldOn(LocalDate.of(2024, 8, 31)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.beforeFounded"));
        }

        @Test
        void rejectsAMeetingWithoutADate() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").heldOn(null).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.required"));
        }

        @Test
        void rejectsAMeetingIdAlreadyRecordedOnTheCase() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").record())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "meetingId", "meetingId.duplicate"));
        }

        @Test
        void rejectsReusingTheIdOfAWithdrawnMeeting() {
            fixture.given(caseOpened(), meeting("m-1").recorded(), withdrawn("m-1"))
                    .when(meeting("m-1").record())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "meetingId", "meetingId.duplicate"));
        }

        @Test
        void rejectsABlankMeetingId() {
            fixture.given(caseOpened())
                    .when(meeting(" ").record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "meetingId", "meetingId.required"));
        }

        @Test
        void rejectsAMeetingWithoutAdviser() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").adviserId("").record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "adviserId", "adviserId.required"));
        }

        @Test
        void rejectsAnAdviserIdLongerThan100Characters() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").adviserId(repeat('a', 101)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "adviserId", "adviserId.tooLong"));
        }

        @Test
        void rejectsAMeetingWithoutForm() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").form(null).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "form", "form.required"));
        }

        @Test
        void rejectsAMeetingWithoutThemes() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").themes(List.of()).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.required"));
        }

        @Test
        void rejectsAMeetingWithAThemeGivenTwice() {
            fixture.given(caseOpened())
                    .when(meeting("m-1").themes(List.of(Theme.CAPITAL, Theme.CAPITAL)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.duplicate"));
        }

        @Test
        void rejectsAMeetingOnAClosedCase() {
            fixture.given(caseOpened(), closed(TODAY))
                    .when(meeting("m-1").record())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }

        @Test
        void doesNotSelectACaseWithExactlyThreeHours() {
            fixture.given(caseOpened(), meeting("m-1").hours("1.50").recorded())
                    .when(meeting("m-2").hours("1.50").record())
                    .expectEvents(meeting("m-2").hours("1.50").recorded());
        }

        @Test
        void selectsACaseForUserEvaluationWhenItsGuidancePassesThreeHours() {
            LocalDate heldOn = LocalDate.of(2025, 2, 3);
            fixture.given(caseOpened())
                    .when(meeting("m-1").hours("3.01").heldOn(heldOn).record())
                    .expectEvents(meeting("m-1").hours("3.01").heldOn(heldOn).recorded(), selected("3.01", heldOn));
        }

        @Test
        void selectsTheCaseWhenASecondMeetingTakesItOverThreeHours() {
            LocalDate secondDay = LocalDate.of(2025, 3, 4);
            fixture.given(caseOpened(), meeting("m-1").hours("2").recorded())
                    .when(meeting("m-2").hours("1.25").heldOn(secondDay).record())
                    .expectEvents(meeting("m-2").hours("1.25").heldOn(secondDay).recorded(), selected("3.25", secondDay));
        }

        @Test
        void selectsTheCaseOnlyOnce() {
            LocalDate heldOn = LocalDate.of(2025, 2, 3);
            fixture.given(caseOpened(), meeting("m-1").hours("4").recorded(), selected("4.00", heldOn))
                    .when(meeting("m-2").hours("2").record())
                    .expectEvents(meeting("m-2").hours("2").recorded());
        }

        @Test
        void doesNotCountTheHoursOfAWithdrawnMeeting() {
            fixture.given(caseOpened(), meeting("m-1").hours("2").recorded(), withdrawn("m-1"))
                    .when(meeting("m-2").hours("2").record())
                    .expectEvents(meeting("m-2").hours("2").recorded());
        }
    }

    @Nested
    class CorrectingAMeeting {

        @Test
        void correctsAMeetingWithItsFactsInFullAndTheReason() {
            fixture.given(caseOpened(), meeting("m-1").hours("1").recorded())
                    .when(meeting("m-1").hours("1.75").form(MeetingForm.PHYSICAL).correct())
                    .expectEvents(meeting("m-1").hours("1.75").form(MeetingForm.PHYSICAL).corrected());
        }

        @Test
        void rejectsCorrectingAMeetingNeverRecorded() {
            fixture.given(caseOpened())
                    .when(meeting("m-9").correct())
                    .expectNoEvents()
                    .expectException(rejected(NotFound.class, "meetingId", "meetingId.unknown"));
        }

        @Test
        void rejectsCorrectingAWithdrawnMeeting() {
            fixture.given(caseOpened(), meeting("m-1").recorded(), withdrawn("m-1"))
                    .when(meeting("m-1").hours("2").correct())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "meetingId", "meetingId.withdrawn"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  \n "})
        void rejectsACorrectionWithoutAReason(String reason) {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").correct(reason))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.required"));
        }

        @Test
        void rejectsAMissingReason() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").correct(null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.required"));
        }

        @Test
        void rejectsAReasonLongerThan1000Characters() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").correct(repeat('r', 1001)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.tooLong"));
        }

        @Test
        void acceptsAReasonOfExactly1000CharactersOverSeveralLines() {
            String reason = repeat('r', 500) + "\r\n" + repeat('s', 498);
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").correct(reason))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void rejectsAReasonWithAControlCharacter() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("2").correct("wrong\u0007day"))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.controlCharacters"));
        }

        @Test
        void rejectsACorrectionThatChangesNothing() {
            fixture.given(caseOpened(), meeting("m-1").hours("1.50").recorded())
                    .when(meeting("m-1").hours("1.5").correct())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "correction.noChange"));
        }

        @Test
        void takesThemesInAnotherOrderAsNoChange() {
            List<Theme> themes = List.of(Theme.CAPITAL, Theme.IP_RIGHTS);
            fixture.given(caseOpened(), meeting("m-1").themes(themes).recorded())
                    .when(meeting("m-1").themes(List.of(Theme.IP_RIGHTS, Theme.CAPITAL)).correct())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "correction.noChange"));
        }

        @Test
        void holdsACorrectionToTheSameRulesAsARecording() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").hours("24.5").correct())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "hours", "hours.range"));
        }

        @Test
        void rejectsACorrectionMovingTheMeetingBeforeTheAgreementPeriod() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(meeting("m-1").heldOn(LocalDate.of(2023, 6, 1)).correct())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "heldOn", "heldOn.beforeAgreement"));
        }

        @Test
        void selectsTheCaseWhenACorrectionTakesItOverThreeHours() {
            LocalDate heldOn = LocalDate.of(2025, 2, 3);
            fixture.given(caseOpened(), meeting("m-1").hours("2").heldOn(heldOn).recorded(),
                            meeting("m-2").hours("1").heldOn(heldOn).recorded())
                    .when(meeting("m-1").hours("2.50").heldOn(heldOn).correct())
                    .expectEvents(meeting("m-1").hours("2.50").heldOn(heldOn).corrected(), selected("3.50", heldOn));
        }

        @Test
        void keepsTheSelectionWhenACorrectionBringsTheCaseBackUnderThreeHours() {
            LocalDate heldOn = LocalDate.of(2025, 2, 3);
            fixture.given(caseOpened(), meeting("m-1").hours("4").heldOn(heldOn).recorded(), selected("4.00", heldOn))
                    .when(meeting("m-1").hours("1").heldOn(heldOn).correct())
                    .expectEvents(meeting("m-1").hours("1").heldOn(heldOn).corrected());
        }

        @Test
        void rejectsACorrectionOnAClosedCase() {
            fixture.given(caseOpened(), meeting("m-1").recorded(), closed(TODAY))
                    .when(meeting("m-1").hours("2").correct())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }
    }

    @Nested
    class WithdrawingAMeeting {

        @Test
        void withdrawsAMeetingWithTheReason() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(withdraw("m-1"))
                    .expectEvents(withdrawn("m-1"));
        }

        @Test
        void rejectsWithdrawingAMeetingNeverRecorded() {
            fixture.given(caseOpened())
                    .when(withdraw("m-9"))
                    .expectNoEvents()
                    .expectException(rejected(NotFound.class, "meetingId", "meetingId.unknown"));
        }

        @Test
        void rejectsWithdrawingAMeetingTwice() {
            fixture.given(caseOpened(), meeting("m-1").recorded(), withdrawn("m-1"))
                    .when(withdraw("m-1"))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "meetingId", "meetingId.withdrawn"));
        }

        @Test
        void rejectsAWithdrawalWithoutAReason() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(new WithdrawGuidanceMeeting(CASE_ID, "m-1", " "))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.required"));
        }

        @Test
        void rejectsAWithdrawalOnAClosedCase() {
            fixture.given(caseOpened(), meeting("m-1").recorded(), closed(TODAY))
                    .when(withdraw("m-1"))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }
    }

    @Nested
    class ReferringTheCompany {

        @Test
        void registersTheReferralUnderThePartnersUsualCategory() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.EIFO).refer())
                    .expectEvents(referral("r-1").partner(ReferralPartner.EIFO).referred(PartnerCategory.STATE_PROMOTION));
        }

        @Test
        void keepsACategoryGivenExplicitly() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.MUNICIPALITY)
                            .category(PartnerCategory.STATE_PROMOTION).refer())
                    .expectEvents(referral("r-1").partner(ReferralPartner.MUNICIPALITY)
                            .category(PartnerCategory.STATE_PROMOTION).referred(PartnerCategory.STATE_PROMOTION));
        }

        @Test
        void rejectsAReferralWithoutPartner() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(null).refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "partner", "partner.required"));
        }

        @Test
        void registersTheNameOfAPrivateAdviser() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.PRIVATE_ADVISER).partnerName("Revisorhuset ApS").refer())
                    .expectEvents(referral("r-1").partner(ReferralPartner.PRIVATE_ADVISER).partnerName("Revisorhuset ApS")
                            .referred(PartnerCategory.PRIVATE_ADVICE));
        }

        @Test
        void rejectsAReferralToAPrivateAdviserWithoutItsName() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.PRIVATE_ADVISER).refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "partnerName", "partnerName.required"));
        }

        @Test
        void rejectsAReferralToABankOrBusinessAngelWithABlankName() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.BANK_OR_BUSINESS_ANGEL).partnerName("  ").refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "partnerName", "partnerName.required"));
        }

        @Test
        void rejectsAPartnerNameLongerThan200Characters() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.PRIVATE_ADVISER).partnerName(repeat('n', 201)).refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "partnerName", "partnerName.tooLong"));
        }

        @Test
        void rejectsANameForAPartnerThatIsNotNamed() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.INNOVATION_FUND).partnerName("Someone").refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "partnerName", "partnerName.notApplicable"));
        }

        @Test
        void registersNoNameWhenABlankOneIsGivenForAPartnerThatIsNotNamed() {
            fixture.given(caseOpened())
                    .when(referral("r-1").partner(ReferralPartner.CLUSTER_ORGANISATION).partnerName(" ").refer())
                    .expectEvents(referral("r-1").partner(ReferralPartner.CLUSTER_ORGANISATION).partnerName(null)
                            .referred(PartnerCategory.STATE_PROMOTION));
        }

        @Test
        void rejectsAReferralDatedInTheFuture() {
            fixture.given(caseOpened())
                    .when(referral("r-1").referredOn(TODAY.plusDays(1)).refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "referredOn", "referredOn.inFuture"));
        }

        @Test
        void rejectsAReferralWithoutDate() {
            fixture.given(caseOpened())
                    .when(referral("r-1").referredOn(null).refer())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "referredOn", "referredOn.required"));
        }

        @Test
        void rejectsAReferralIdAlreadyRegistered() {
            fixture.given(caseOpened(), referral("r-1").referred(PartnerCategory.STATE_PROMOTION))
                    .when(referral("r-1").partner(ReferralPartner.GTS_INSTITUTE).refer())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "referralId", "referralId.duplicate"));
        }

        @Test
        void rejectsAReferralOnAClosedCase() {
            fixture.given(caseOpened(), closed(TODAY))
                    .when(referral("r-1").refer())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }
    }

    @Nested
    class RecordingAUserEvaluation {

        @Test
        void recordsTheCompanysAnswer() {
            fixture.given(caseOpened())
                    .when(evaluation("e-1").record())
                    .expectEvents(evaluation("e-1").received());
        }

        @Test
        void recordsAnEvaluationThatArrivesAfterTheCaseWasClosed() {
            fixture.given(caseOpened(), closed(LocalDate.of(2025, 4, 30)))
                    .when(evaluation("e-1").receivedOn(TODAY).record())
                    .expectEvents(evaluation("e-1").receivedOn(TODAY).received());
        }

        @Test
        void rejectsAnEvaluationWithoutRecommendScore() {
            fixture.given(caseOpened())
                    .when(evaluation("e-1").recommendScore(null).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "recommendScore", "recommendScore.required"));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 11, 100})
        void rejectsARecommendScoreOutsideZeroToTen(int score) {
            fixture.given(caseOpened())
                    .when(evaluation("e-1").recommendScore(score).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "recommendScore", "recommendScore.range"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 10})
        void acceptsTheEndsOfTheRecommendScale(int score) {
            fixture.given(caseOpened())
                    .when(evaluation("e-1").recommendScore(score).record())
                    .expectEvents(evaluation("e-1").recommendScore(score).received());
        }

        @Test
        void rejectsAnEvaluationIdAlreadyRegistered() {
            fixture.given(caseOpened(), evaluation("e-1").received())
                    .when(evaluation("e-1").recommendScore(3).record())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "evaluationId", "evaluationId.duplicate"));
        }

        @Test
        void rejectsAnEvaluationReceivedInTheFuture() {
            fixture.given(caseOpened())
                    .when(evaluation("e-1").receivedOn(TODAY.plusDays(1)).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "receivedOn", "receivedOn.inFuture"));
        }

        @Test
        void rejectsASustainabilityAnswerFromACaseWithoutASustainabilityTheme() {
            fixture.given(caseOpened(), meeting("m-1").recorded())
                    .when(evaluation("e-1").sustainabilityHelped(true).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "sustainabilityHelpedToHighDegree",
                            "sustainabilityHelpedToHighDegree.notApplicable"));
        }

        @Test
        void acceptsASustainabilityAnswerWhenTheCaseWasRegisteredWithASustainabilityTheme() {
            fixture.given(openCase().themes(List.of(Theme.SUSTAINABILITY_SOCIAL)).opened())
                    .when(evaluation("e-1").sustainabilityHelped(false).record())
                    .expectEvents(evaluation("e-1").sustainabilityHelped(false).received());
        }

        @Test
        void acceptsASustainabilityAnswerWhenAMeetingWasOnSustainability() {
            fixture.given(caseOpened(), meeting("m-1").themes(List.of(Theme.SUSTAINABILITY_GOVERNANCE)).recorded())
                    .when(evaluation("e-1").sustainabilityHelped(true).record())
                    .expectEvents(evaluation("e-1").sustainabilityHelped(true).received());
        }

        @Test
        void rejectsASustainabilityAnswerWhenOnlyAWithdrawnMeetingWasOnSustainability() {
            fixture.given(caseOpened(),
                            meeting("m-1").themes(List.of(Theme.SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE)).recorded(),
                            withdrawn("m-1"))
                    .when(evaluation("e-1").sustainabilityHelped(true).record())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "sustainabilityHelpedToHighDegree",
                            "sustainabilityHelpedToHighDegree.notApplicable"));
        }
    }

    @Nested
    class CorrectingTheRegistration {

        @Test
        void correctsTheSegmentAndKeepsTheOtherFields() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, Segment.OPERATIONS, null, REASON))
                    .expectEvents(new CaseRegistrationCorrected(CASE_ID, HOUSE, COMPANY, Office.HEAD_OFFICE,
                            new PNumber(P_NUMBER), FOUNDED, Segment.OPERATIONS, THEMES, REASON));
        }

        @Test
        void correctsEveryCorrectableField() {
            LocalDate foundedOn = LocalDate.of(2012, 5, 5);
            List<Theme> themes = List.of(Theme.CAPITAL, Theme.SUSTAINABILITY_SOCIAL);
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, Office.BRANCH, "2012345678", foundedOn,
                            Segment.OPERATIONS, themes, REASON))
                    .expectEvents(new CaseRegistrationCorrected(CASE_ID, HOUSE, COMPANY, Office.BRANCH,
                            new PNumber("2012345678"), foundedOn, Segment.OPERATIONS, themes, REASON));
        }

        @Test
        void rejectsACorrectionWithNothingToCorrect() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, null, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "correction.noChange"));
        }

        @Test
        void rejectsACorrectionThatRepeatsTheRegistration() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, Office.HEAD_OFFICE, P_NUMBER, FOUNDED, Segment.GROWTH,
                            THEMES, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "correction.noChange"));
        }

        @Test
        void rejectsAnInvalidPNumber() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, "123", null, null, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "pNumber", "pNumber.format"));
        }

        @Test
        void rejectsAFoundingDateInTheFuture() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, TODAY.plusDays(1), null, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.inFuture"));
        }

        @Test
        void rejectsAFoundingDateBefore1850() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, LocalDate.of(1800, 1, 1), null, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.tooEarly"));
        }

        @Test
        void rejectsAFoundingDateAfterTheCaseWasOpened() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, OPENED.plusDays(1), null, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.afterOpened"));
        }

        @Test
        void rejectsAFoundingDateAfterAMeetingThatCounts() {
            fixture.given(openCase().openedOn(LocalDate.of(2025, 3, 1)).opened(),
                            meeting("m-1").heldOn(LocalDate.of(2025, 2, 3)).recorded())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, LocalDate.of(2025, 2, 10), null, null,
                            REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "foundedOn", "foundedOn.afterMeeting"));
        }

        @Test
        void rejectsCorrectedThemesGivenTwice() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, null,
                            List.of(Theme.CAPITAL, Theme.CAPITAL), REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.duplicate"));
        }

        @Test
        void rejectsCorrectingThemesToNone() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, null, List.of(), REASON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "themes", "themes.required"));
        }

        @Test
        void rejectsACorrectionWithoutAReason() {
            fixture.given(caseOpened())
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, Segment.OPERATIONS, null, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.required"));
        }

        @Test
        void rejectsACorrectionOfAClosedCase() {
            fixture.given(caseOpened(), closed(TODAY))
                    .when(new CorrectCaseRegistration(CASE_ID, null, null, null, Segment.OPERATIONS, null, REASON))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }
    }

    @Nested
    class ClosingTheCase {

        @Test
        void closesTheCase() {
            fixture.given(caseOpened())
                    .when(new CloseGuidanceCase(CASE_ID, TODAY))
                    .expectEvents(closed(TODAY));
        }

        @Test
        void acceptsClosingOnTheDayTheCaseWasOpened() {
            fixture.given(caseOpened())
                    .when(new CloseGuidanceCase(CASE_ID, OPENED))
                    .expectEvents(closed(OPENED));
        }

        @Test
        void rejectsClosingBeforeTheCaseWasOpened() {
            fixture.given(caseOpened())
                    .when(new CloseGuidanceCase(CASE_ID, OPENED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "closedOn", "closedOn.beforeOpened"));
        }

        @Test
        void rejectsClosingInTheFuture() {
            fixture.given(caseOpened())
                    .when(new CloseGuidanceCase(CASE_ID, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "closedOn", "closedOn.inFuture"));
        }

        @Test
        void rejectsClosingWithoutADate() {
            fixture.given(caseOpened())
                    .when(new CloseGuidanceCase(CASE_ID, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "closedOn", "closedOn.required"));
        }

        @Test
        void rejectsClosingACaseTwice() {
            fixture.given(caseOpened(), closed(TODAY))
                    .when(new CloseGuidanceCase(CASE_ID, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "case.closed"));
        }
    }

    /** The house and company on every event come from the case, since later commands do not carry them. */
    @Test
    void stampsEveryEventWithTheHouseAndCompanyOfTheCase() {
        fixture.given(openCase().house(House.FYN).opened())
                .when(new CloseGuidanceCase(CASE_ID, TODAY))
                .expectEvents(new GuidanceCaseClosed(CASE_ID, House.FYN, COMPANY, TODAY));
    }
}
