package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.erhvervshuse.query.dashboard.RealisticYear.F1;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F10;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F2;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F3;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F4;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F5;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F6;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F7;
import static dk.erhvervshuse.query.dashboard.RealisticYear.F8;
import static dk.erhvervshuse.query.dashboard.RealisticYear.N2;
import static dk.erhvervshuse.query.dashboard.RealisticYear.N3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The dashboards of {@link RealisticYear}, every number worked out by hand below. */
class RealisticYearTest {

    private final DashboardFixture fixture = new DashboardFixture();
    private DashboardView fyn;
    private DashboardView nordjylland;
    private NationalDashboardView national;

    @BeforeEach
    void theYearDeliveredInBatchesOfTwenty() {
        RealisticYear.write(fixture.story);
        Deliver.inBatchesOf(20, fixture.projection, fixture.log.all());
        fyn = fixture.queries.dashboard(House.FYN, 2025);
        nordjylland = fixture.queries.dashboard(House.NORDJYLLAND, 2025);
        national = fixture.queries.nationalDashboard(2025);
    }

    @Test
    void fynsEntrepreneursMeetTheContractsTargetOfThree() {
        // counted: F1 (1 y 8 m at 2025-01-20), F3 (1 y at 2025-03-05), F5 (10 m at 2025-04-02) = 3
        // excluded: F2 exactly 3 years at 2025-02-10, F4 founded 2010, F6 its only meeting withdrawn = 3
        GoalResultView goal = fyn.goal("goal1");
        assertThat(goal.actual()).isEqualByComparingTo("3");
        assertThat(goal.counts().excluded()).isEqualTo(3);
        assertThat(goal.target()).isEqualByComparingTo("3");
        assertThat(goal.targetSource()).isEqualTo("CONTRACT");
        assertThat(goal.met()).isTrue();
        assertThat(fixture.explain(House.FYN, 2025, "goal1")).extracting(ExplainEntry::cvr, ExplainEntry::counted)
                .containsExactly(
                        tuple(F1, true),
                        tuple(F6, false),
                        tuple(F2, false),
                        tuple(F3, true),
                        tuple(F5, true),
                        tuple(F4, false));
    }

    @Test
    void fynsSatisfactionPerSegment() {
        // vækst: F1 scores 10, F2 scores 9: two promoters of two = (2 − 0) / 2 = 100 ≥ 70
        GoalResultView growth = fyn.goal("goal3.growth");
        assertThat(growth.actual()).isEqualByComparingTo("100");
        assertThat(growth.met()).isTrue();
        // drift: F3 scores 7; F4 scored 4, then 8 later in the year, which counts: two passives = 0 < 70
        GoalResultView operations = fyn.goal("goal3.operations");
        assertThat(operations.actual()).isEqualByComparingTo("0");
        assertThat(operations.counts().passives()).isEqualTo(2);
        assertThat(operations.counts().respondents()).isEqualTo(2);
        assertThat(operations.counts().excluded()).isEqualTo(1);
        assertThat(operations.met()).isFalse();
    }

    @Test
    void fynsHubFunction() {
        // F1 referred to EIFO, evaluated after it: used a referral (1 of 1 = 100 % ≥ 50)
        // F2 referred to a private adviser, its evaluation did not answer: never evaluated, not in the denominator
        // F4 referred to its municipality only: not external advice or state promotion
        GoalResultView goal = fyn.goal("goal4");
        assertThat(goal.counts().numerator()).isEqualTo(1);
        assertThat(goal.counts().denominator()).isEqualTo(1);
        assertThat(goal.counts().excluded()).isEqualTo(2);
        assertThat(goal.actual()).isEqualByComparingTo("100");
        assertThat(fixture.explainedCompany(House.FYN, 2025, "goal4", F2).reason()).startsWith("referral never evaluated");
    }

    @Test
    void fynsSustainability() {
        // F3 (registered on sustainability) and F4 (a meeting on social sustainability, latest answer yes): 2 of 2
        // F1 and F2 were evaluated but not guided on sustainability: excluded
        GoalResultView goal = fyn.goal("goal6");
        assertThat(goal.counts().numerator()).isEqualTo(2);
        assertThat(goal.counts().denominator()).isEqualTo(2);
        assertThat(goal.counts().excluded()).isEqualTo(2);
        assertThat(goal.actual()).isEqualByComparingTo("100");
        assertThat(goal.met()).isTrue();
    }

    @Test
    void fynsAwarenessRestsOnTheRestatedFinalSurvey() {
        // revision 2 replaces the preliminary 46.0 / 52.0: 50.5 ≥ 50 and 56.0 ≥ 55 (2025)
        assertThat(fyn.goal("goal2.house").actual()).isEqualByComparingTo("50.5");
        assertThat(fyn.goal("goal2.house").met()).isTrue();
        assertThat(fyn.goal("goal2.offers").actual()).isEqualByComparingTo("56.0");
        assertThat(fyn.goal("goal2.offers").met()).isTrue();
        assertThat(fyn.goal("goal2.offers").delivery().restated()).isTrue();
    }

    @Test
    void fynsEffectOnTheCohortOf2023() {
        // vækst revenue: F7 2.0 m → 2.6 m = +30 %, F8 1.0 m → 1.1 m = +10 %; mean 20 % − control 12 % = 8 < 10
        GoalResultView revenue = fyn.goal("goal5.growth.revenue");
        assertThat(revenue.actual()).isEqualByComparingTo("8.00");
        assertThat(revenue.met()).isFalse();
        assertThat(revenue.counts().counted()).isEqualTo(2);
        assertThat(revenue.counts().onPreliminaryDeliveries()).isEqualTo(1);
        // F10 has no accounts for 2023
        assertThat(revenue.counts().excluded()).isEqualTo(1);
        assertThat(fixture.explainedCompany(House.FYN, 2025, "goal5.growth.revenue", F10).reason())
                .startsWith("no accounts for 2023");
        assertThat(fixture.explainedCompany(House.FYN, 2025, "goal5.growth.revenue", F8).reason())
                .endsWith("accounts 2025 preliminary");
        // vækst employment: F7 10 → 13 = +30 %, F8 5 → 5 = 0 %; mean 15 % − control 4 % = 11 ≥ 5
        assertThat(fyn.goal("goal5.growth.employment").actual()).isEqualByComparingTo("11.00");
        assertThat(fyn.goal("goal5.growth.employment").met()).isTrue();
        // drift productivity: F9 150,000 → 165,000 per employee = +10 %; − control 6 % = 4 > 0
        assertThat(fyn.goal("goal5.operations.productivity").actual()).isEqualByComparingTo("4.00");
        assertThat(fyn.goal("goal5.operations.productivity").met()).isTrue();
        assertThat(fixture.explain(House.FYN, 2025, "goal5.growth.revenue")).extracting(ExplainEntry::cvr)
                .containsExactly(F7, F10, F8);
    }

    @Test
    void fynsContractIsInForceWithItsLocalGoalReportedByTheHouse() {
        assertThat(fyn.contractStatus()).isEqualTo("IN_FORCE");
        assertThat(fyn.goals()).extracting(GoalResultView::goalId).containsExactly("goal1", "goal2.house",
                "goal2.offers", "goal3.operations", "goal3.growth", "goal4", "goal5.growth.revenue",
                "goal5.growth.employment", "goal5.operations.productivity", "goal6", "local.food");
        assertThat(fyn.goal("local.food").note()).isEqualTo("reported by the house");
    }

    @Test
    void nordjyllandsDashboardUnderTheAgreementsDefaults() {
        // contract signed by KKR's chair only: the agreement's defaults, 119 entrepreneurs for Nordjylland
        assertThat(nordjylland.contractStatus()).isEqualTo("PARTLY_SIGNED");
        GoalResultView entrepreneurs = nordjylland.goal("goal1");
        assertThat(entrepreneurs.targetSource()).isEqualTo("AGREEMENT_DEFAULT");
        assertThat(entrepreneurs.target()).isEqualByComparingTo("119");
        // counted: F5 (also counted at Fyn), N2 (2 y 11 m 30 d at 2025-12-30); excluded: N3 (3 y 8 m), N4 (founded 2015)
        assertThat(entrepreneurs.actual()).isEqualByComparingTo("2");
        assertThat(entrepreneurs.counts().excluded()).isEqualTo(2);
        assertThat(fixture.explainedCompany(House.NORDJYLLAND, 2025, "goal1", N2).reason())
                .isEqualTo("company 2 years, 11 months and 30 days old at its first meeting on 2025-12-30 "
                        + "(founded 2022-12-31): under 3 years");
        // drift: N3 scores 10, N4 (corrected from vækst to drift) scores 3: (1 − 1) / 2 = 0; vækst has no respondents
        assertThat(nordjylland.goal("goal3.operations").actual()).isEqualByComparingTo("0");
        assertThat(nordjylland.goal("goal3.growth").actual()).isNull();
        // N3 referred to the Trade Council, used none: 0 of 1 = 0 %
        assertThat(nordjylland.goal("goal4").actual()).isEqualByComparingTo("0");
        assertThat(nordjylland.goal("goal4").met()).isFalse();
        // no sustainability case, no survey, no cohort: not measurable
        assertThat(nordjylland.goal("goal6").actual()).isNull();
        assertThat(nordjylland.goal("goal2.house").actual()).isNull();
        assertThat(nordjylland.goal("goal5.growth.revenue").actual()).isNull();
        assertThat(fixture.explain(House.NORDJYLLAND, 2025, "goal4")).extracting(ExplainEntry::cvr)
                .containsExactly(N3);
    }

    @Test
    void theNationalRollUp() {
        // entrepreneurs: F1, F3, F5, N2 = 4 distinct companies (F5 counted by both houses, once here) of 1,200
        assertThat(national.goal("goal1").actual()).isEqualByComparingTo("4");
        assertThat(national.goal("goal1").target()).isEqualByComparingTo("1200");
        assertThat(national.goal("goal1").met()).isFalse();
        // drift NPS pooled: Fyn 2 passives, Nordjylland 1 promoter and 1 detractor: (1 − 1) / 4 = 0
        assertThat(national.goal("goal3.operations").counts().respondents()).isEqualTo(4);
        assertThat(national.goal("goal3.operations").actual()).isEqualByComparingTo("0");
        // vækst NPS: Fyn's two promoters only = 100
        assertThat(national.goal("goal3.growth").actual()).isEqualByComparingTo("100");
        // hub: Fyn 1 of 1, Nordjylland 0 of 1: 1 of 2 = 50 % ≥ 50
        assertThat(national.goal("goal4").actual()).isEqualByComparingTo("50.0");
        assertThat(national.goal("goal4").met()).isTrue();
        // sustainability: Fyn's 2 of 2
        assertThat(national.goal("goal6").actual()).isEqualByComparingTo("100.0");
        // awareness: only Fyn's survey, 820 respondents
        assertThat(national.goal("goal2.house").actual()).isEqualByComparingTo("50.5");
        assertThat(national.goal("goal2.house").counts().respondents()).isEqualTo(820);
        // effect: only Fyn's cohort
        assertThat(national.goal("goal5.growth.revenue").actual()).isEqualByComparingTo("8.00");
        assertThat(national.goals()).allSatisfy(goal -> assertThat(goal.targetSource()).isEqualTo("AGREEMENT_DEFAULT"));
    }

    @Test
    void everyNumberOfFynsDashboardIsExplainedEntryForEntry() {
        for (GoalResultView goal : fyn.goals()) {
            if (!goal.national()) {
                continue;
            }
            List<ExplainEntry> entries = fixture.explain(House.FYN, 2025, goal.goalId());
            assertThat(entries.stream().filter(ExplainEntry::counted).count()).as(goal.goalId())
                    .isEqualTo((long) goal.counts().counted());
            assertThat(entries.stream().filter(entry -> !entry.counted()).count()).as(goal.goalId())
                    .isEqualTo((long) goal.counts().excluded());
            assertThat(entries).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
        }
    }
}
