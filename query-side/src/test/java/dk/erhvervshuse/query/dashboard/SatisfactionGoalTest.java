package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Goal 3 (tilfredshed, §8.1), definitions goal3.operations/v1 and goal3.growth/v1: NPS per segment. */
class SatisfactionGoalTest {

    private static final String GROWTH = "goal3.growth";
    private static final String OPERATIONS = "goal3.operations";
    private final DashboardFixture fixture = new DashboardFixture();

    private void evaluatedCase(int i, Segment segment, int score, String receivedOn) {
        String caseId = "c-" + i;
        fixture.story.opened(caseId, House.MIDTJYLLAND, cvr(i), "2015-01-01", segment, "2025-01-10")
                .evaluated(caseId, House.MIDTJYLLAND, cvr(i), "e-" + i, score, null, null, receivedOn);
    }

    @Test
    void scoresSixSevenEightAndNineAreADetractorTwoPassivesAndAPromoterForAnNpsOfZero() {
        evaluatedCase(1, Segment.GROWTH, 6, "2025-03-01");
        evaluatedCase(2, Segment.GROWTH, 7, "2025-03-02");
        evaluatedCase(3, Segment.GROWTH, 8, "2025-03-03");
        evaluatedCase(4, Segment.GROWTH, 9, "2025-03-04");

        GoalResultView goal = fixture.goal(House.MIDTJYLLAND, 2025, GROWTH);

        // NPS = (promoters − detractors) / respondents × 100 = (1 − 1) / 4 × 100 = 0
        assertThat(goal.actual()).isEqualByComparingTo("0");
        assertThat(goal.counts().promoters()).isEqualTo(1);
        assertThat(goal.counts().passives()).isEqualTo(2);
        assertThat(goal.counts().detractors()).isEqualTo(1);
        assertThat(goal.counts().respondents()).isEqualTo(4);
        assertThat(goal.target()).isEqualByComparingTo("70");
        assertThat(goal.met()).isFalse();
        assertThat(fixture.explain(House.MIDTJYLLAND, 2025, GROWTH))
                .extracting(ExplainEntry::cvr, ExplainEntry::category, e -> e.value().intValue())
                .containsExactly(
                        tuple(cvr(1), "DETRACTOR", 6),
                        tuple(cvr(2), "PASSIVE", 7),
                        tuple(cvr(3), "PASSIVE", 8),
                        tuple(cvr(4), "PROMOTER", 9));
    }

    @Test
    void eachSegmentHasItsOwnScoreAndASegmentWithoutRespondentsIsNotMeasurable() {
        evaluatedCase(1, Segment.OPERATIONS, 10, "2025-03-01");
        evaluatedCase(2, Segment.OPERATIONS, 9, "2025-03-01");
        evaluatedCase(3, Segment.OPERATIONS, 3, "2025-03-01");

        GoalResultView operations = fixture.goal(House.MIDTJYLLAND, 2025, OPERATIONS);
        GoalResultView growth = fixture.goal(House.MIDTJYLLAND, 2025, GROWTH);

        // (2 − 1) / 3 × 100 = 33.33… shown as 33.3
        assertThat(operations.actual()).isEqualByComparingTo("33.3");
        assertThat(growth.actual()).isNull();
        assertThat(growth.met()).isNull();
        assertThat(growth.counts().respondents()).isZero();
        assertThat(growth.note()).startsWith("no respondents");
    }

    @Test
    void aCaseEvaluatedTwiceInTheYearCountsOnceByItsLatestEvaluation() {
        fixture.story.opened("c-1", House.MIDTJYLLAND, cvr(1), "2015-01-01", Segment.GROWTH, "2025-01-10")
                .evaluated("c-1", House.MIDTJYLLAND, cvr(1), "e-2", 10, null, null, "2025-09-01")
                .evaluated("c-1", House.MIDTJYLLAND, cvr(1), "e-1", 2, null, null, "2025-02-01");

        GoalResultView goal = fixture.goal(House.MIDTJYLLAND, 2025, GROWTH);

        assertThat(goal.actual()).isEqualByComparingTo("100");
        assertThat(goal.counts().respondents()).isEqualTo(1);
        List<ExplainEntry> entries = fixture.explain(House.MIDTJYLLAND, 2025, GROWTH);
        assertThat(entries).extracting(ExplainEntry::counted).containsExactly(false, true);
        assertThat(entries.get(0).reason()).isEqualTo("evaluation e-1 on 2025-02-01 superseded by the case's later "
                + "evaluation e-2 on 2025-09-01: a case counts once");
    }

    @Test
    void evaluationsCountInTheYearTheyWereReceived() {
        evaluatedCase(1, Segment.GROWTH, 10, "2024-12-31");
        evaluatedCase(2, Segment.GROWTH, 0, "2025-01-01");

        assertThat(fixture.goal(House.MIDTJYLLAND, 2024, GROWTH).actual()).isEqualByComparingTo("100");
        assertThat(fixture.goal(House.MIDTJYLLAND, 2025, GROWTH).actual()).isEqualByComparingTo("-100");
    }

    @Test
    void aCorrectedSegmentMovesTheCaseToTheOtherSegmentsScore() {
        evaluatedCase(1, Segment.GROWTH, 10, "2025-03-01");
        assertThat(fixture.goal(House.MIDTJYLLAND, 2025, GROWTH).counts().respondents()).isEqualTo(1);

        fixture.story.registrationCorrected("c-1", House.MIDTJYLLAND, cvr(1), "2015-01-01", Segment.OPERATIONS,
                "segment registered wrongly");

        assertThat(fixture.goal(House.MIDTJYLLAND, 2025, GROWTH).counts().respondents()).isZero();
        assertThat(fixture.goal(House.MIDTJYLLAND, 2025, OPERATIONS).actual()).isEqualByComparingTo("100");
        assertThat(fixture.explain(House.MIDTJYLLAND, 2025, GROWTH)).isEmpty();
    }

    @Test
    void nationallyTheHousesRespondentsArePooled() {
        evaluatedCase(1, Segment.GROWTH, 10, "2025-03-01");
        fixture.story.opened("c-9", House.FYN, cvr(9), "2015-01-01", Segment.GROWTH, "2025-01-10")
                .evaluated("c-9", House.FYN, cvr(9), "e-9", 5, null, null, "2025-04-01")
                .opened("c-8", House.FYN, cvr(8), "2015-01-01", Segment.GROWTH, "2025-01-10")
                .evaluated("c-8", House.FYN, cvr(8), "e-8", 8, null, null, "2025-04-01");
        fixture.deliver();

        GoalResultView national = fixture.queries.nationalDashboard(2025).goal(GROWTH);

        // one promoter, one passive, one detractor: (1 − 1) / 3 = 0
        assertThat(national.counts().respondents()).isEqualTo(3);
        assertThat(national.actual()).isEqualByComparingTo("0");
    }
}
