package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.ExplainPage;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.targets.DefinitionChoices;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.targets.GoalDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Definition set v2 ({@link DefinitionSets#V2}): v1 with three alternative definitions recorded in
 * {@link DefinitionChoices} — goal1/v2 (age at year end), goal4/v2 (referrals by a fixed list of partners) and
 * goal5.operations.productivity/v2 (gross profit per full-time employee) — built side by side with v1 from the
 * same log by a second projection into its own collections.
 */
class DefinitionSetV2Test {

    private static final House HOUSE = House.FYN;
    private static final Set<String> CHANGED = Set.of("goal1", "goal4", "goal5.operations.productivity");

    private final DashboardFixture fixture = new DashboardFixture();
    private final DashboardProjection v2 = new DashboardProjection(fixture.database, DefinitionSets.V2,
            DashboardNamespace.of(DefinitionSets.V2), null);
    private final MongoDashboardQueries v2Queries = new MongoDashboardQueries(fixture.database, DefinitionSets.V2,
            DashboardNamespace.of(DefinitionSets.V2));

    private DashboardView underV1(int year) {
        return fixture.dashboard(HOUSE, year);
    }

    private DashboardView underV2(int year) {
        fixture.deliver();
        Deliver.reset(v2);
        Deliver.inOneBatch(v2, fixture.log.all());
        return v2Queries.dashboard(HOUSE, year);
    }

    private ExplainEntry explainedUnderV2(int year, String goalId, String cvr) {
        List<ExplainEntry> entries = new ArrayList<>();
        String after = null;
        ExplainPage page;
        do {
            page = v2Queries.explainGoal(HOUSE, year, goalId, after, 50);
            entries.addAll(page.entries());
            after = page.endCursor();
        } while (page.hasNextPage());
        return entries.stream().filter(entry -> cvr.equals(entry.cvr())).findFirst()
                .orElseThrow(() -> new AssertionError(cvr + " is not in the v2 explanation of " + goalId));
    }

    @Test
    void definitionSetV2IsV1WithThreeDefinitionsReplacedAndIsKnownById() {
        assertThat(DefinitionSets.byId("v2")).contains(DefinitionSets.V2);
        assertThat(DefinitionSets.byId("v1")).contains(DefinitionSets.V1);
        assertThat(DefinitionSets.byId("v3")).isEmpty();
        assertThat(DefinitionSets.V2.definitions().stream().map(GoalDefinition::id).toList()).containsExactly(
                "goal1/v2", "goal2.house/v1", "goal2.offers/v1", "goal3.operations/v1", "goal3.growth/v1",
                "goal4/v2", "goal5.growth.revenue/v1", "goal5.growth.employment/v1",
                "goal5.operations.productivity/v2", "goal6/v1");
    }

    @Test
    void eachV2DefinitionIsDescribedInDefinitionChoicesAndDiffersFromV1() {
        List<GoalDefinition> v2Only = DefinitionSets.V2.definitions().stream()
                .filter(definition -> definition.id().endsWith("/v2")).toList();
        assertThat(v2Only.stream().map(GoalDefinition::description).toList()).containsExactly(
                DefinitionChoices.GOAL1_V2, DefinitionChoices.GOAL4_V2,
                DefinitionChoices.GOAL5_OPERATIONS_PRODUCTIVITY_V2);
        assertThat(DefinitionChoices.HUB_REFERRAL_PARTNERS_V2).containsExactlyInAnyOrder(
                ReferralPartner.PRIVATE_ADVISER, ReferralPartner.BANK_OR_BUSINESS_ANGEL, ReferralPartner.EIFO,
                ReferralPartner.INNOVATION_FUND, ReferralPartner.TRADE_COUNCIL,
                ReferralPartner.PATENT_AND_TRADEMARK_OFFICE, ReferralPartner.EU_DK_SUPPORT);
    }

    @Test
    void aCompanyUnderThreeAtItsFirstMeetingButThreeAtYearEndIsAnEntrepreneurUnderV1AndNotUnderV2() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2022-04-20", Segment.GROWTH, "2025-03-25")
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2025-03-25");

        assertThat(underV1(2025).goal("goal1").actual()).isEqualByComparingTo("1");
        assertThat(fixture.explainedCompany(HOUSE, 2025, "goal1", cvr(1)).reason()).isEqualTo(
                "company 2 years, 11 months and 5 days old at its first meeting on 2025-03-25 (founded 2022-04-20): "
                        + "under 3 years");
        GoalResultView goal1 = underV2(2025).goal("goal1");
        assertThat(goal1.actual()).isEqualByComparingTo("0");
        assertThat(goal1.definitionId()).isEqualTo("goal1/v2");
        ExplainEntry explained = explainedUnderV2(2025, "goal1", cvr(1));
        assertThat(explained.counted()).isFalse();
        assertThat(explained.reason()).isEqualTo("company 3 years, 8 months and 11 days old at the end of 2025 "
                + "(founded 2022-04-20): not under 3 years");
    }

    @Test
    void aCompanyExactlyThreeYearsOldOnThirtyFirstDecemberIsNotAnEntrepreneurUnderV2() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2022-12-31", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2025-02-01")
                .opened("c-2", HOUSE, cvr(2), "2023-01-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-2", HOUSE, cvr(2), "m-1", "2025-02-01");

        assertThat(underV2(2025).goal("goal1").actual()).isEqualByComparingTo("1");
        assertThat(explainedUnderV2(2025, "goal1", cvr(1)).reason()).isEqualTo(
                "company 3 years old at the end of 2025 (founded 2022-12-31): not under 3 years");
        assertThat(explainedUnderV2(2025, "goal1", cvr(2)).reason()).isEqualTo(
                "company 2 years, 11 months and 30 days old at the end of 2025 (founded 2023-01-01): under 3 years");
    }

    @Test
    void aCompanyReferredToAClusterOrganisationIsInGoal4sDenominatorUnderV1ButNotUnderV2() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-02-01")
                .referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.CLUSTER_ORGANISATION, "2025-04-01")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-06-01")
                .opened("c-2", HOUSE, cvr(2), "2015-01-01", Segment.GROWTH, "2025-02-01")
                .referred("c-2", HOUSE, cvr(2), "r-1", ReferralPartner.PRIVATE_ADVISER, "2025-04-01")
                .evaluated("c-2", HOUSE, cvr(2), "e-1", 9, false, null, "2025-06-01");

        // v1: the cluster organisation's referral is STATE_PROMOTION, so both companies count: 1 of 2 used one
        GoalResultView underV1 = underV1(2025).goal("goal4");
        assertThat(underV1.counts().denominator()).isEqualTo(2);
        assertThat(underV1.actual()).isEqualByComparingTo("50");
        // v2: cluster organisations are not on the list of partners, whatever the category
        GoalResultView underV2 = underV2(2025).goal("goal4");
        assertThat(underV2.definitionId()).isEqualTo("goal4/v2");
        assertThat(underV2.counts().denominator()).isEqualTo(1);
        assertThat(underV2.actual()).isEqualByComparingTo("0");
        ExplainEntry explained = explainedUnderV2(2025, "goal4", cvr(1));
        assertThat(explained.counted()).isFalse();
        assertThat(explained.reason()).isEqualTo("referred in 2025 only to partners not on the list of external "
                + "advice and highly specialised state promotion: CLUSTER_ORGANISATION on 2025-04-01 (partner not on "
                + "the goal 4 list)");
    }

    @Test
    void aReferralToAListedPartnerCountsUnderV2WhateverCategoryItWasRegisteredUnder() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.GROWTH, "2025-02-01")
                .referredAs("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.EIFO, PartnerCategory.OTHER_PUBLIC,
                        "2025-04-01")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-06-01");

        assertThat(underV1(2025).goal("goal4").counts().denominator()).isZero();
        GoalResultView underV2 = underV2(2025).goal("goal4");
        assertThat(underV2.counts().denominator()).isEqualTo(1);
        assertThat(underV2.actual()).isEqualByComparingTo("100");
    }

    @Test
    void driftProductivityIsGrossProfitPerFullTimeEmployeeUnderV2AndRevenuePerFullTimeEmployeeUnderV1() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.OPERATIONS, "2023-02-01")
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2023-02-02")
                .closed("c-1", HOUSE, cvr(1), "2023-06-30")
                .accountsWithGrossProfit(cvr(1), 2023, "1000000", "10", "400000", DeliveryStatus.FINAL, 1,
                        "2024-06-01")
                .accountsWithGrossProfit(cvr(1), 2025, "1200000", "10", "420000", DeliveryStatus.FINAL, 1,
                        "2026-06-01")
                .controlGroupWithGrossProfit(Segment.OPERATIONS, 2025, "3", "1", "4", "2", DeliveryStatus.FINAL, 1,
                        "2026-08-01");

        // v1: revenue per employee 100,000 → 120,000, +20 %, minus the control group's 4 % = 16 points
        GoalResultView underV1 = underV1(2025).goal("goal5.operations.productivity");
        assertThat(underV1.actual()).isEqualByComparingTo("16.00");
        assertThat(underV1.counts().controlGroupGrowth()).isEqualByComparingTo("4");
        // v2: gross profit per employee 40,000 → 42,000, +5 %, minus the control group's 2 % = 3 points
        GoalResultView underV2 = underV2(2025).goal("goal5.operations.productivity");
        assertThat(underV2.definitionId()).isEqualTo("goal5.operations.productivity/v2");
        assertThat(underV2.actual()).isEqualByComparingTo("3.00");
        assertThat(underV2.counts().controlGroupGrowth()).isEqualByComparingTo("2");
        assertThat(explainedUnderV2(2025, "goal5.operations.productivity", cvr(1)).reason()).isEqualTo(
                "gross profit per full-time employee 2023 → 2025: 40,000 → 42,000, +5.00 %; guidance ended on "
                        + "2023-06-30 (case c-1)");
    }

    @Test
    void accountsWithoutGrossProfitLeaveTheCompanyOutOfV2ProductivityWithThatReason() {
        fixture.story.opened("c-1", HOUSE, cvr(1), "2015-01-01", Segment.OPERATIONS, "2023-02-01")
                .closed("c-1", HOUSE, cvr(1), "2023-06-30")
                .accounts(cvr(1), 2023, "1000000", "10", DeliveryStatus.FINAL, 1, "2024-06-01")
                .accounts(cvr(1), 2025, "1200000", "10", DeliveryStatus.FINAL, 1, "2026-06-01");

        assertThat(underV1(2025).goal("goal5.operations.productivity").counts().counted()).isEqualTo(1);
        assertThat(underV2(2025).goal("goal5.operations.productivity").counts().counted()).isZero();
        ExplainEntry explained = explainedUnderV2(2025, "goal5.operations.productivity", cvr(1));
        assertThat(explained.counted()).isFalse();
        assertThat(explained.reason()).isEqualTo("gross profit per full-time employee for 2023 is not available: "
                + "growth undefined; guidance ended on 2023-06-30 (case c-1)");
    }

    @Test
    void aV2DashboardBuiltSideBySideDiffersFromV1OnlyInTheThreeReplacedGoals() {
        RealisticYear.write(fixture.story);
        fixture.story.opened("c-90", HOUSE, cvr(90), "2022-04-20", Segment.GROWTH, "2025-03-25")
                .meeting("c-90", HOUSE, cvr(90), "m-1", "2025-03-25")
                .referred("c-90", HOUSE, cvr(90), "r-1", ReferralPartner.CLUSTER_ORGANISATION, "2025-04-01")
                .evaluated("c-90", HOUSE, cvr(90), "e-1", 9, false, null, "2025-06-01")
                .opened("c-91", HOUSE, cvr(91), "2015-01-01", Segment.OPERATIONS, "2023-02-01")
                .closed("c-91", HOUSE, cvr(91), "2023-06-30")
                .accountsWithGrossProfit(cvr(91), 2023, "1000000", "10", "400000", DeliveryStatus.FINAL, 1,
                        "2024-06-01")
                .accountsWithGrossProfit(cvr(91), 2025, "1200000", "10", "420000", DeliveryStatus.FINAL, 1,
                        "2026-06-01")
                .controlGroupWithGrossProfit(Segment.OPERATIONS, 2025, "3", "1", "4", "2", DeliveryStatus.FINAL, 2,
                        "2026-09-01");

        DashboardView v1 = underV1(2025);
        DashboardView v2 = underV2(2025);

        // goal1: c-90 is 2 years 11 months old at its first meeting, 3 years 8 months at year end; goal4: c-90's
        // referral to a cluster organisation (not used) counts under v1 only; goal5 drift: c-91's gross profit per
        // employee grew 5 % against the control group's 2 %, its revenue per employee 20 % against 4 %

        assertThat(v2.definitionSet()).isEqualTo("v2");
        assertThat(v2.goals()).hasSameSizeAs(v1.goals());
        for (GoalResultView goal : v1.goals()) {
            GoalResultView other = v2.goal(goal.goalId());
            if (CHANGED.contains(goal.goalId())) {
                assertThat(other.definitionId()).as(goal.goalId()).isEqualTo(goal.goalId() + "/v2");
                assertThat(other.actual()).as(goal.goalId()).isNotEqualByComparingTo(goal.actual());
            } else {
                assertThat(other).as(goal.goalId()).isEqualTo(goal);
            }
        }
    }
}
