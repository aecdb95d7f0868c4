package dk.erhvervshuse.query.compliance;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.api.AdviserCorrections;
import dk.erhvervshuse.query.api.CaseOverThreeHoursNotSelected;
import dk.erhvervshuse.query.api.EvaluationOfUnselectedCase;
import dk.erhvervshuse.query.api.IncompleteRegistration;
import dk.erhvervshuse.query.api.IncompleteRegistration.Field;
import dk.erhvervshuse.query.api.IncompleteRegistration.Missing;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.api.TwentyHoursWithoutDecision;
import dk.erhvervshuse.query.api.TwentyHoursWithoutDecision.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static dk.erhvervshuse.query.GuidanceStories.FOUNDED;
import static dk.erhvervshuse.query.GuidanceStories.OTHER_COMPANY;
import static dk.erhvervshuse.query.GuidanceStories.P_NUMBER;
import static dk.erhvervshuse.query.GuidanceStories.counted;
import static dk.erhvervshuse.query.GuidanceStories.meeting;
import static dk.erhvervshuse.query.GuidanceStories.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each compliance view lists what the log shows against one rule of the agreement, for one house and year, and
 * nothing once the rule is kept. Events are written as the command side writes them, and, where a view exists
 * to catch what the command side should have prevented, as it must never write them.
 */
class ComplianceViewsTest {

    private static final House HOVEDSTADEN = House.HOVEDSTADEN;
    private static final String LEDGER = GuidanceHoursEvent.ledgerIdOf(HOVEDSTADEN, COMPANY);

    private final EventLog log = new EventLog();
    private MongoDatabase database;
    private ComplianceProjection projection;
    private MongoComplianceQueries queries;

    @BeforeEach
    void aDatabase() {
        database = TestMongo.freshDatabase();
        projection = new ComplianceProjection(database);
        queries = new MongoComplianceQueries(database);
    }

    private void project() {
        Deliver.inBatchesOf(5, projection, log.all());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class TwentyHoursWithoutAManagementDecision {

        @Test
        void aRequirementManagementHasNotAnsweredIsListedInTheYearTheGuidancePassed20Hours() {
            GuidanceStories.companyAtTwoHouses(log);
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).containsExactly(
                    new TwentyHoursWithoutDecision(COMPANY.value(), LEDGER, Status.DECISION_PENDING, "req-1",
                            day("2024-02-15"), day("2025-02-14"), new BigDecimal("21.5")));
            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2024)).isEmpty();
            assertThat(queries.twentyHoursWithoutDecision(House.FYN, 2025)).isEmpty();
        }

        @Test
        void managementsDecisionTakesTheCompanyOffTheList() {
            GuidanceStories.companyAtTwoHouses(log);
            GuidanceStories.managementDecides(log);
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void moreThan20HoursThatManagementWasNeverAskedAboutIsListedAsNeverRequested() {
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-1", "12.00", day("2025-01-10")));
            log.append(counted(HOVEDSTADEN, COMPANY, "c-2", "m-1", "8.01", day("2025-11-30")));
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).containsExactly(
                    new TwentyHoursWithoutDecision(COMPANY.value(), LEDGER, Status.DECISION_NEVER_REQUESTED, null,
                            day("2024-12-01"), day("2025-11-30"), new BigDecimal("20.01")));
        }

        @Test
        void exactly20HoursOrHoursMoreThan12MonthsApartNeedNoDecision() {
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-1", "12.00", day("2025-01-10")));
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-2", "8.00", day("2025-03-01")));
            log.append(counted(HOVEDSTADEN, OTHER_COMPANY, "c-2", "m-1", "15.00", day("2025-01-10")));
            log.append(counted(HOVEDSTADEN, OTHER_COMPANY, "c-2", "m-2", "15.00", day("2026-01-10")));
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).isEmpty();
            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2026)).isEmpty();
        }

        @Test
        void aDecisionAnswersTheFollowingTwelveMonthsOfGuidanceButNotTheYearAfter() {
            GuidanceStories.companyAtTwoHouses(log);
            GuidanceStories.managementDecides(log);
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-3", "10.00", day("2025-12-01")));
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-4", "21.00", day("2026-03-01")));
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).isEmpty();
            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2026)).singleElement()
                    .satisfies(listed -> {
                        assertThat(listed.status()).isEqualTo(Status.DECISION_NEVER_REQUESTED);
                        assertThat(listed.windowTo()).isEqualTo(day("2026-03-01"));
                    });
        }

        @Test
        void aRequirementStaysListedWhenACorrectionLaterBringsTheHoursBackUnder20() {
            GuidanceStories.companyAtTwoHouses(log);
            log.append(counted(HOVEDSTADEN, COMPANY, "c-1", "m-2", "0", day("2025-02-14")));
            project();

            assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).extracting(
                    TwentyHoursWithoutDecision::status).containsExactly(Status.DECISION_PENDING);
        }
    }

    @Nested
    class CasesOverThreeHoursNotSelectedForEvaluation {

        @Test
        void aCaseSelectedWhenItPassed3HoursIsNotListed() {
            GuidanceStories.wholeCase(log);
            project();

            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void aCaseOver3HoursWithoutSelectionWrittenStraightToTheLogIsListed() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-03-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "2.00", day("2025-03-04")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-2", "1.50", day("2025-03-10")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-3", "1.00", day("2025-03-20")));
            project();

            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).containsExactly(
                    new CaseOverThreeHoursNotSelected("c-1", COMPANY.value(), day("2025-03-10"),
                            new BigDecimal("3.50"), new BigDecimal("4.50")));
        }

        @Test
        void exactly3HoursIsNotMoreThan3AndAWithdrawnMeetingDoesNotCount() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-03-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "2.00", day("2025-03-04")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-2", "1.00", day("2025-03-10")));
            log.append(new GuidanceMeetingWithdrawn("c-1", HOVEDSTADEN, COMPANY, "m-2", "duplicate"));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-3", "1.00", day("2025-03-20")));
            project();

            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void aCorrectionThatTakesTheCaseOver3HoursCountsAsPassingThem() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-03-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "2.00", day("2025-03-04")));
            log.append(new GuidanceMeetingCorrected("c-1", HOVEDSTADEN, COMPANY, "m-1", "developer-7",
                    MeetingForm.PHYSICAL, new BigDecimal("3.25"), List.of(Theme.CAPITAL), day("2025-03-05"),
                    "hours were 3.25"), "hours were 3.25");
            project();

            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).extracting(
                    CaseOverThreeHoursNotSelected::passedOn).containsExactly(day("2025-03-05"));
        }

        @Test
        void aSelectionArrivingInALaterBatchTakesTheCaseOffTheList() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-03-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "4.00", day("2025-03-04")));
            Deliver.inOneBatch(projection, log.all());
            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).hasSize(1);

            log.append(new CaseSelectedForUserEvaluation("c-1", HOVEDSTADEN, COMPANY, new BigDecimal("4.00"),
                    day("2025-03-04")));
            Deliver.inOneBatch(projection, log.between(3, 3));

            assertThat(queries.casesOverThreeHoursNotSelected(HOVEDSTADEN, 2025)).isEmpty();
        }
    }

    @Nested
    class RegistrationsMissingPartOfTheMinimum {

        @Test
        void aCaseRegisteredInFullIsNotListed() {
            GuidanceStories.wholeCase(log);
            project();

            assertThat(queries.incompleteRegistrations(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void aCaseWithoutPNumberSegmentOrThemeIsListedUntilItsRegistrationIsCorrected() {
            log.append(new GuidanceCaseOpened("c-1", HOVEDSTADEN, COMPANY, Office.HEAD_OFFICE, null, FOUNDED, null,
                    List.of(), day("2025-03-01")));
            project();

            assertThat(queries.incompleteRegistrations(HOVEDSTADEN, 2025)).containsExactly(
                    new IncompleteRegistration("c-1", COMPANY.value(), day("2025-03-01"), List.of(
                            new Missing(Field.P_NUMBER, null), new Missing(Field.SEGMENT, null),
                            new Missing(Field.THEME, null))));

            log.append(new CaseRegistrationCorrected("c-1", HOVEDSTADEN, COMPANY, Office.HEAD_OFFICE, P_NUMBER,
                    FOUNDED, Segment.GROWTH, List.of(Theme.CAPITAL), "minimum completed"), "minimum completed");
            Deliver.inOneBatch(projection, log.between(2, 2));

            assertThat(queries.incompleteRegistrations(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void aReferralWithoutItsCategoryIsListedInTheYearOfTheReferral() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-11-01")));
            log.append(new CompanyReferred("c-1", HOVEDSTADEN, COMPANY, "r-1", ReferralPartner.EIFO,
                    PartnerCategory.STATE_PROMOTION, null, day("2025-11-20")));
            log.append(new CompanyReferred("c-1", HOVEDSTADEN, COMPANY, "r-2", ReferralPartner.GTS_INSTITUTE, null,
                    null, day("2026-01-15")));
            project();

            assertThat(queries.incompleteRegistrations(HOVEDSTADEN, 2025)).isEmpty();
            assertThat(queries.incompleteRegistrations(HOVEDSTADEN, 2026)).containsExactly(
                    new IncompleteRegistration("c-1", COMPANY.value(), day("2025-11-01"),
                            List.of(new Missing(Field.REFERRAL_CATEGORY, "r-2"))));
        }
    }

    @Nested
    class EvaluationsOfCasesNeverSelected {

        @Test
        void anEvaluationOfASelectedCaseIsNotListed() {
            GuidanceStories.wholeCase(log);
            project();

            assertThat(queries.evaluationsOfUnselectedCases(HOVEDSTADEN, 2025)).isEmpty();
        }

        @Test
        void anEvaluationOfACaseNeverSelectedIsListedInTheYearItWasReceived() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-10-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "1.50", day("2025-10-02")));
            log.append(new UserEvaluationReceived("c-1", HOVEDSTADEN, COMPANY, "e-1", 8, null, null,
                    day("2026-01-05")));
            project();

            assertThat(queries.evaluationsOfUnselectedCases(HOVEDSTADEN, 2025)).isEmpty();
            assertThat(queries.evaluationsOfUnselectedCases(HOVEDSTADEN, 2026)).containsExactly(
                    new EvaluationOfUnselectedCase("c-1", COMPANY.value(), "e-1", day("2026-01-05"),
                            new BigDecimal("1.50")));
        }
    }

    @Nested
    class CorrectionsPerAdviser {

        @Test
        void eachUsersCorrectionsAndWithdrawalsAreCountedWithTheCasesTheyConcern() {
            GuidanceStories.wholeCase(log, "c-1");
            GuidanceStories.wholeCase(log, "c-2");
            project();

            assertThat(queries.correctionsByAdviser(HOVEDSTADEN, 2025)).containsExactly(
                    new AdviserCorrections("adviser-1", "ADVISER", 2, 2, 0, List.of(
                            new AdviserCorrections.CorrectedCase("c-1", COMPANY.value(), 1, 1, 0),
                            new AdviserCorrections.CorrectedCase("c-2", COMPANY.value(), 1, 1, 0))),
                    new AdviserCorrections("manager-2", "HOUSE_MANAGER", 0, 0, 2, List.of(
                            new AdviserCorrections.CorrectedCase("c-1", COMPANY.value(), 0, 0, 1),
                            new AdviserCorrections.CorrectedCase("c-2", COMPANY.value(), 0, 0, 1))));
            assertThat(queries.correctionsByAdviser(House.FYN, 2025)).isEmpty();
            assertThat(queries.correctionsByAdviser(HOVEDSTADEN, 2024)).isEmpty();
        }

        @Test
        void aHouseWithoutCorrectionsHasNobodyListed() {
            log.append(opened("c-1", HOVEDSTADEN, COMPANY, day("2025-03-01")));
            log.append(meeting("c-1", HOVEDSTADEN, COMPANY, "m-1", "1.00", day("2025-03-04")));
            project();

            assertThat(queries.correctionsByAdviser(HOVEDSTADEN, 2025)).isEmpty();
        }
    }

    @Test
    void aViewIsAskedForOneHouseAndAYearWithinReason() {
        assertThatThrownBy(() -> queries.casesOverThreeHoursNotSelected(null, 2025))
                .isInstanceOfSatisfying(InvalidQuery.class, refused -> {
                    assertThat(refused.field()).isEqualTo("house");
                    assertThat(refused.rule()).isEqualTo("house.required");
                });
        assertThatThrownBy(() -> queries.correctionsByAdviser(House.FYN, 25))
                .isInstanceOfSatisfying(InvalidQuery.class, refused -> {
                    assertThat(refused.field()).isEqualTo("year");
                    assertThat(refused.rule()).isEqualTo("year.range");
                });
    }

    @Test
    void aDecisionOrAnOpeningOfAnotherCompanyDoesNotDisturbTheViewsOfThisOne() {
        GuidanceStories.companyAtTwoHouses(log);
        log.append(opened("c-9", HOVEDSTADEN, new Cvr("24256790"), day("2025-02-20")));
        log.append(new ManagementDecisionRecorded(GuidanceHoursEvent.ledgerIdOf(HOVEDSTADEN, OTHER_COMPANY),
                HOVEDSTADEN, OTHER_COMPANY, "req-never-raised", "manager-2", true, "nothing to decide",
                day("2025-02-21")));
        log.append(new ManagementDecisionRequired(GuidanceHoursEvent.ledgerIdOf(House.FYN, COMPANY), House.FYN,
                COMPANY, "req-fyn", new BigDecimal("20.50"), day("2024-03-01"), day("2025-02-28")));
        project();

        assertThat(queries.twentyHoursWithoutDecision(HOVEDSTADEN, 2025)).extracting(TwentyHoursWithoutDecision::cvr)
                .containsExactly(COMPANY.value());
        assertThat(queries.twentyHoursWithoutDecision(House.FYN, 2025)).extracting(
                TwentyHoursWithoutDecision::requirementId).containsExactly("req-fyn");
    }
}
