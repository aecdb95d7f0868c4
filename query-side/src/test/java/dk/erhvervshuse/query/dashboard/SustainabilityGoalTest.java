package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/** Goal 6 (bæredygtighed, §8.1), definition goal6/v1. */
class SustainabilityGoalTest {

    private static final String GOAL = "goal6";
    private static final House HOUSE = House.SYDJYLLAND;
    private final DashboardFixture fixture = new DashboardFixture();

    @Test
    void theShareIsOfSustainabilityCasesWhoseEvaluationSaysItHelpedToAHighDegree() {
        fixture.story
                .opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-01-10",
                        Theme.SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE)
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, null, true, "2025-04-01")
                .opened("c-2", HOUSE, cvr(2), "2015-01-01", Segment.GROWTH, "2025-01-10", Theme.SUSTAINABILITY_SOCIAL)
                .evaluated("c-2", HOUSE, cvr(2), "e-2", 9, null, true, "2025-04-01")
                .opened("c-3", HOUSE, cvr(3), "2015-01-01", Segment.GROWTH, "2025-01-10",
                        Theme.SUSTAINABILITY_GOVERNANCE)
                .evaluated("c-3", HOUSE, cvr(3), "e-3", 9, null, false, "2025-04-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        // 2 of 3 helped "i høj grad": 66.7 %, short of 70 %
        assertThat(goal.counts().numerator()).isEqualTo(2);
        assertThat(goal.counts().denominator()).isEqualTo(3);
        assertThat(goal.actual()).isEqualByComparingTo("66.7");
        assertThat(goal.met()).isFalse();
    }

    @Test
    void aSustainabilityThemeOfAMeetingCountsAsMuchAsOneInTheRegistration() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-01-10", Theme.CAPITAL)
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2025-02-01", Theme.SUSTAINABILITY_SOCIAL)
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, null, true, "2025-04-01");

        assertThat(fixture.goal(HOUSE, 2025, GOAL).actual()).isEqualByComparingTo("100");
    }

    @Test
    void unansweredQuestionsAreLeftOutAndCasesNotGuidedOnSustainabilityAreListedAsExcluded() {
        fixture.story
                .opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-01-10",
                        Theme.SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE)
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, null, null, "2025-04-01")
                .opened("c-2", HOUSE, cvr(2), "2015-01-01", Segment.GROWTH, "2025-01-10", Theme.CAPITAL)
                .evaluated("c-2", HOUSE, cvr(2), "e-2", 9, null, true, "2025-04-01")
                .opened("c-3", HOUSE, cvr(3), "2015-01-01", Segment.GROWTH, "2025-01-10",
                        Theme.SUSTAINABILITY_SOCIAL)
                .evaluated("c-3", HOUSE, cvr(3), "e-3", 9, null, true, "2025-04-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        assertThat(goal.counts().denominator()).isEqualTo(1);
        assertThat(goal.counts().excluded()).isEqualTo(2);
        assertThat(goal.actual()).isEqualByComparingTo("100");
        assertThat(goal.met()).isTrue();
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(1)).reason())
                .isEqualTo("guided on sustainability, but no evaluation received in 2025 answered whether it helped "
                        + "(e-1 on 2025-04-01)");
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(2)).reason())
                .isEqualTo("not guided on sustainability (themes registered: CAPITAL; no meeting on a sustainability "
                        + "theme)");
    }

    @Test
    void aWithdrawnMeetingOnSustainabilityDoesNotMakeTheCaseASustainabilityCase() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-01-10", Theme.CAPITAL)
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2025-02-01", Theme.SUSTAINABILITY_SOCIAL)
                .meetingWithdrawn("c-1", HOUSE, cvr(1), "m-1", "wrong company")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, null, true, "2025-04-01");

        assertThat(fixture.goal(HOUSE, 2025, GOAL).counts().denominator()).isZero();
    }
}
