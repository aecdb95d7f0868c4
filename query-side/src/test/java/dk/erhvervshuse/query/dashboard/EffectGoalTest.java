package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goal 5 (effekt, §8.1): companies whose guidance ended two years before the dashboard year, their growth from
 * then to the dashboard year against a control group. Definitions goal5.growth.revenue/v1,
 * goal5.growth.employment/v1 and goal5.operations.productivity/v1.
 */
class EffectGoalTest {

    private static final House HOUSE = House.SJAELLAND;
    private final DashboardFixture fixture = new DashboardFixture();

    /** A company of the segment whose guidance at the house ended in 2023, with accounts for 2023 and 2025. */
    private void guidedAndAccounted(int i, Segment segment, String revenue2023, String employees2023,
                                    String revenue2025, String employees2025) {
        fixture.story.opened("c-" + i, HOUSE, cvr(i), "2015-01-01", segment, "2023-02-01")
                .meeting("c-" + i, HOUSE, cvr(i), "m-1", "2023-02-02")
                .closed("c-" + i, HOUSE, cvr(i), "2023-06-30")
                .accounts(cvr(i), 2023, revenue2023, employees2023, DeliveryStatus.FINAL, 1, "2024-06-01")
                .accounts(cvr(i), 2025, revenue2025, employees2025, DeliveryStatus.FINAL, 1, "2026-06-01");
    }

    @Test
    void theGrowthSegmentsExtraRevenueAndEmploymentGrowthIsTheCohortsMeanMinusTheControlGroups() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1300000", "12");
        guidedAndAccounted(2, Segment.GROWTH, "2000000", "20", "2200000", "21");
        fixture.story.controlGroup(Segment.GROWTH, 2025, "8", "2", "5", DeliveryStatus.FINAL, 1, "2026-08-01");

        GoalResultView revenue = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");
        GoalResultView employment = fixture.goal(HOUSE, 2025, "goal5.growth.employment");

        // revenue: (+30 % + +10 %) / 2 = 20 %, minus the control group's 8 % = 12 points ≥ 10
        assertThat(revenue.counts().companyMeanGrowth()).isEqualByComparingTo("20");
        assertThat(revenue.counts().controlGroupGrowth()).isEqualByComparingTo("8");
        assertThat(revenue.actual()).isEqualByComparingTo("12.00");
        assertThat(revenue.met()).isTrue();
        // employment: (+20 % + +5 %) / 2 = 12.5 %, minus 2 % = 10.5 points ≥ 5
        assertThat(employment.actual()).isEqualByComparingTo("10.50");
        assertThat(employment.met()).isTrue();
        assertThat(revenue.delivery().source()).isEqualTo("control group GROWTH 2025");
        assertThat(fixture.explainedCompany(HOUSE, 2025, "goal5.growth.revenue", cvr(1)).reason())
                .isEqualTo("revenue 2023 → 2025: 1,000,000 → 1,300,000, +30.00 %; guidance ended on 2023-06-30 "
                        + "(case c-1)");
    }

    @Test
    void theOperationsSegmentsProductivityIsRevenuePerFullTimeEmployee() {
        guidedAndAccounted(1, Segment.OPERATIONS, "1000000", "10", "1200000", "10");
        guidedAndAccounted(2, Segment.OPERATIONS, "1000000", "10", "1000000", "8");
        fixture.story.controlGroup(Segment.OPERATIONS, 2025, "3", "1", "4", DeliveryStatus.FINAL, 1, "2026-08-01");

        GoalResultView productivity = fixture.goal(HOUSE, 2025, "goal5.operations.productivity");

        // 100,000 → 120,000 per employee: +20 %; 100,000 → 125,000: +25 %; mean 22.5 %, minus 4 % = 18.5 > 0
        assertThat(productivity.actual()).isEqualByComparingTo("18.50");
        assertThat(productivity.met()).isTrue();
        assertThat(productivity.comparison()).isEqualTo("GREATER_THAN");
        assertThat(fixture.goal(HOUSE, 2025, "goal5.growth.revenue").counts().counted()).isZero();
    }

    @Test
    void companiesWithoutAccountsForEitherYearAreLeftOutWithThatReason() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1100000", "10");
        fixture.story.opened("c-2", HOUSE, cvr(2), "2015-01-01", Segment.GROWTH, "2023-02-01")
                .closed("c-2", HOUSE, cvr(2), "2023-09-30")
                .accounts(cvr(2), 2025, "900000", "9", DeliveryStatus.FINAL, 1, "2026-06-01")
                .opened("c-3", HOUSE, cvr(3), "2015-01-01", Segment.GROWTH, "2023-02-01")
                .closed("c-3", HOUSE, cvr(3), "2023-09-30")
                .controlGroup(Segment.GROWTH, 2025, "5", "1", "3", DeliveryStatus.FINAL, 1, "2026-08-01");

        GoalResultView revenue = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");

        assertThat(revenue.counts().counted()).isEqualTo(1);
        assertThat(revenue.counts().excluded()).isEqualTo(2);
        assertThat(revenue.actual()).isEqualByComparingTo("5.00");
        assertThat(fixture.explainedCompany(HOUSE, 2025, "goal5.growth.revenue", cvr(2)).reason())
                .isEqualTo("no accounts for 2023; guidance ended on 2023-09-30 (case c-2)");
        assertThat(fixture.explainedCompany(HOUSE, 2025, "goal5.growth.revenue", cvr(3)).reason())
                .isEqualTo("no accounts for 2023 and 2025; guidance ended on 2023-09-30 (case c-3)");
    }

    @Test
    void aRestatedControlGroupChangesTheValueAndTheDashboardSaysItRestsOnARestatement() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1300000", "12");
        fixture.story.controlGroup(Segment.GROWTH, 2025, "8", "2", "5", DeliveryStatus.PRELIMINARY, 1, "2026-08-01");
        GoalResultView preliminary = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");
        assertThat(preliminary.actual()).isEqualByComparingTo("22.00");
        assertThat(preliminary.delivery().preliminary()).isTrue();

        fixture.story.controlGroup(Segment.GROWTH, 2025, "25", "2", "5", DeliveryStatus.FINAL, 2, "2026-11-01");
        GoalResultView restated = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");

        // 30 % − 25 % = 5 points, below the 10 of §8.1
        assertThat(restated.actual()).isEqualByComparingTo("5.00");
        assertThat(restated.met()).isFalse();
        assertThat(restated.delivery().revision()).isEqualTo(2);
        assertThat(restated.delivery().status()).isEqualTo("FINAL");
        assertThat(restated.delivery().restated()).isTrue();
    }

    @Test
    void restatedAccountsReplaceTheEarlierOnesAndAreCounted() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1300000", "12");
        fixture.story.accounts(cvr(1), 2025, "1100000", "12", DeliveryStatus.FINAL, 2, "2026-09-01")
                .controlGroup(Segment.GROWTH, 2025, "0", "0", "0", DeliveryStatus.FINAL, 1, "2026-08-01");

        GoalResultView revenue = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");

        assertThat(revenue.actual()).isEqualByComparingTo("10.00");
        assertThat(revenue.counts().onRestatedDeliveries()).isEqualTo(1);
    }

    @Test
    void withoutAControlGroupTheEffectIsNotMeasurableButTheCohortIsShown() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1300000", "12");

        GoalResultView revenue = fixture.goal(HOUSE, 2025, "goal5.growth.revenue");

        assertThat(revenue.actual()).isNull();
        assertThat(revenue.met()).isNull();
        assertThat(revenue.counts().companyMeanGrowth()).isEqualByComparingTo("30");
        assertThat(revenue.note()).isEqualTo("not measurable: no control group delivered for the vækst segment for 2025");
    }

    @Test
    void onlyGuidanceEndedTwoYearsBeforeTheDashboardYearCounts() {
        guidedAndAccounted(1, Segment.GROWTH, "1000000", "10", "1300000", "12");
        fixture.story.accounts(cvr(1), 2024, "1100000", "11", DeliveryStatus.FINAL, 1, "2025-06-01")
                .controlGroup(Segment.GROWTH, 2024, "0", "0", "0", DeliveryStatus.FINAL, 1, "2025-08-01");

        assertThat(fixture.goal(HOUSE, 2024, "goal5.growth.revenue").counts().counted()).isZero();
        assertThat(fixture.goal(HOUSE, 2025, "goal5.growth.revenue").counts().counted()).isEqualTo(1);
    }
}
