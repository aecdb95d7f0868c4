package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;

import static dk.erhvervshuse.query.DashboardStories.day;
import static org.assertj.core.api.Assertions.assertThat;

/** Goal 1 (iværksættere, §8.1), definition goal1/v1: distinct companies under 3 years old at their first meeting of the year. */
class EntrepreneursGoalTest {

    private static final String GOAL = "goal1";
    private static final String A = "13748136";
    private static final String B = "24256790";
    private final DashboardFixture fixture = new DashboardFixture();

    @Test
    void aCompanyExactlyThreeYearsOldAtItsFirstMeetingIsNotAnEntrepreneur() {
        fixture.story.opened("c-1", House.FYN, A, "2022-03-04", Segment.GROWTH, "2025-03-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-03-04");

        GoalResultView goal = fixture.goal(House.FYN, 2025, GOAL);

        assertThat(goal.actual()).isEqualByComparingTo("0");
        assertThat(goal.counts().counted()).isZero();
        assertThat(goal.counts().excluded()).isEqualTo(1);
        ExplainEntry entry = fixture.explainedCompany(House.FYN, 2025, GOAL, A);
        assertThat(entry.counted()).isFalse();
        assertThat(entry.reason()).isEqualTo("company 3 years old at its first meeting on 2025-03-04 "
                + "(founded 2022-03-04): not under 3 years");
    }

    @Test
    void aCompanyTwoYearsAnd364DaysOldAtItsFirstMeetingIsAnEntrepreneur() {
        assertThat(ChronoUnit.DAYS.between(day("2022-03-05").plusYears(2), day("2025-03-04"))).isEqualTo(364);
        fixture.story.opened("c-1", House.FYN, A, "2022-03-05", Segment.GROWTH, "2025-03-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-03-04");

        GoalResultView goal = fixture.goal(House.FYN, 2025, GOAL);

        assertThat(goal.actual()).isEqualByComparingTo("1");
        ExplainEntry entry = fixture.explainedCompany(House.FYN, 2025, GOAL, A);
        assertThat(entry.counted()).isTrue();
        assertThat(entry.caseId()).isEqualTo("c-1");
        assertThat(entry.reason()).isEqualTo("company 2 years, 11 months and 27 days old at its first meeting on "
                + "2025-03-04 (founded 2022-03-05): under 3 years");
        assertThat(entry.eventPositions()).containsExactly(1L, 2L);
    }

    @Test
    void theAgeIsToldAtTheFirstMeetingOfTheYearNotALaterOne() {
        fixture.story.opened("c-1", House.FYN, A, "2022-06-01", Segment.GROWTH, "2025-01-10")
                .meeting("c-1", House.FYN, A, "m-2", "2025-09-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-03-01");

        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("1");
        assertThat(fixture.explainedCompany(House.FYN, 2025, GOAL, A).reason())
                .startsWith("company 2 years and 9 months old at its first meeting on 2025-03-01");
    }

    @Test
    void aCompanyGuidedByTwoHousesCountsAtEachHouseAndOnceNationally() {
        fixture.story.opened("c-1", House.FYN, A, "2024-01-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-02-03")
                .opened("c-2", House.SJAELLAND, A, "2024-01-01", Segment.GROWTH, "2025-05-01")
                .meeting("c-2", House.SJAELLAND, A, "m-1", "2025-05-02")
                .opened("c-3", House.FYN, B, "2023-06-01", Segment.OPERATIONS, "2025-03-01")
                .meeting("c-3", House.FYN, B, "m-1", "2025-03-02");

        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("2");
        assertThat(fixture.goal(House.SJAELLAND, 2025, GOAL).actual()).isEqualByComparingTo("1");
        GoalResultView national = fixture.queries.nationalDashboard(2025).goal(GOAL);
        assertThat(national.actual()).isEqualByComparingTo("2");
        assertThat(national.counts().counted()).isEqualTo(2);
        assertThat(national.target()).isEqualByComparingTo("1200");
    }

    @Test
    void aMeetingWithdrawnByACorrectionNoLongerCountsAndTheFirstMeetingMovesToTheNextOne() {
        fixture.story.opened("c-1", House.FYN, A, "2022-05-01", Segment.GROWTH, "2025-04-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-04-15")
                .meeting("c-1", House.FYN, A, "m-2", "2025-06-01");
        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("1");

        fixture.story.meetingWithdrawn("c-1", House.FYN, A, "m-1", "registered on the wrong company");

        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("0");
        assertThat(fixture.explainedCompany(House.FYN, 2025, GOAL, A).reason()).isEqualTo("company 3 years and 1 month "
                + "old at its first meeting on 2025-06-01 (founded 2022-05-01): not under 3 years");
    }

    @Test
    void aCompanyWhoseOnlyMeetingOfTheYearWasWithdrawnIsListedAsExcludedWithTheReason() {
        fixture.story.opened("c-1", House.FYN, A, "2024-05-01", Segment.GROWTH, "2025-04-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-04-15")
                .meetingWithdrawn("c-1", House.FYN, A, "m-1", "duplicate of a meeting at another house");

        GoalResultView goal = fixture.goal(House.FYN, 2025, GOAL);

        assertThat(goal.actual()).isEqualByComparingTo("0");
        assertThat(goal.counts().excluded()).isEqualTo(1);
        assertThat(fixture.explainedCompany(House.FYN, 2025, GOAL, A).reason()).isEqualTo("no meeting that counts in "
                + "2025: withdrawn m-1 on 2025-04-15 (duplicate of a meeting at another house)");
    }

    @Test
    void aCorrectedFoundingDateAppliesAlsoToMeetingsHeldBeforeTheCorrection() {
        fixture.story.opened("c-1", House.FYN, A, "2020-01-01", Segment.GROWTH, "2025-04-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-04-15");
        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("0");

        fixture.story.registrationCorrected("c-1", House.FYN, A, "2023-01-01", Segment.GROWTH,
                "founding date taken from the wrong register");

        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("1");
        assertThat(fixture.explainedCompany(House.FYN, 2025, GOAL, A).eventPositions()).containsExactly(3L, 2L);
    }

    @Test
    void aCorrectedMeetingDateMovesTheCompanyToTheYearTheMeetingWasReallyHeld() {
        fixture.story.opened("c-1", House.FYN, A, "2024-01-01", Segment.GROWTH, "2024-12-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-01-05");
        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("1");

        fixture.story.meetingCorrected("c-1", House.FYN, A, "m-1", "2024-12-30", "held before new year");

        assertThat(fixture.goal(House.FYN, 2025, GOAL).actual()).isEqualByComparingTo("0");
        assertThat(fixture.explain(House.FYN, 2025, GOAL)).isEmpty();
        assertThat(fixture.goal(House.FYN, 2024, GOAL).actual()).isEqualByComparingTo("1");
        assertThat(fixture.queries.nationalDashboard(2025).goal(GOAL).actual()).isEqualByComparingTo("0");
        assertThat(fixture.queries.nationalDashboard(2024).goal(GOAL).actual()).isEqualByComparingTo("1");
    }

    @Test
    void withoutAContractTheHouseIsHeldToItsShareOfTheNationalTwelveHundred() {
        fixture.story.opened("c-1", House.FYN, A, "2024-01-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", House.FYN, A, "m-1", "2025-02-03");

        GoalResultView goal = fixture.goal(House.FYN, 2025, GOAL);

        assertThat(goal.definitionId()).isEqualTo("goal1/v1");
        assertThat(goal.target()).isEqualByComparingTo("94");
        assertThat(goal.comparison()).isEqualTo("AT_LEAST");
        assertThat(goal.targetSource()).isEqualTo("AGREEMENT_DEFAULT");
        assertThat(goal.met()).isFalse();
    }
}
