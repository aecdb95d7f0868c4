package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.NationalGoal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the definitions share, without a database: targets, comparisons, NPS categories, deliveries. */
class TargetRulesTest {

    @ParameterizedTest(name = "score {0} is a {1}")
    @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
    void scoresAreDetractorsUpToSixPassivesAtSevenAndEightAndPromotersFromNine(int score, String category) {
        assertThat(NetPromoterScore.categoryOf(score)).isEqualTo(category);
    }

    @Test
    void atLeastIsMetAtTheTargetButGreaterThanIsNot() {
        GoalTarget atLeast = new GoalTarget("goal4", "hub", null, "percent", Comparison.AT_LEAST, BigDecimal.valueOf(50),
                GoalTarget.Source.AGREEMENT_DEFAULT);
        GoalTarget greaterThan = new GoalTarget("goal5.operations.productivity", "drift", null, "percentage points",
                Comparison.GREATER_THAN, BigDecimal.ZERO, GoalTarget.Source.AGREEMENT_DEFAULT);
        GoalTarget atMost = new GoalTarget("local.wait", "waiting days", "days", "days", Comparison.AT_MOST,
                BigDecimal.TEN, GoalTarget.Source.CONTRACT);

        assertThat(atLeast.metBy(new BigDecimal("50.0"))).isTrue();
        assertThat(atLeast.metBy(new BigDecimal("49.99"))).isFalse();
        assertThat(greaterThan.metBy(BigDecimal.ZERO)).isFalse();
        assertThat(greaterThan.metBy(new BigDecimal("0.01"))).isTrue();
        assertThat(atMost.metBy(BigDecimal.TEN)).isTrue();
        assertThat(atLeast.metBy(null)).isNull();
    }

    @Test
    void metIsJudgedOnTheExactValueNotTheRoundedOne() {
        // 2 of 3 is 66.666…, shown as 66.7; a target of 66.7 is not met
        GoalTarget target = new GoalTarget("goal6", "sustainability", null, "percent", Comparison.AT_LEAST,
                new BigDecimal("66.7"), GoalTarget.Source.CONTRACT);
        Measurement measured = new SustainabilityHelpedToHighDegree().measure(
                new Tally(3, 3, 2, 0, 0, 0, null, null, 0, 0, 0), new MeasureContext(House.FYN, 2025, null, null));

        assertThat(measured.actual()).isEqualByComparingTo("66.7");
        assertThat(target.metBy(measured.exact())).isFalse();
    }

    @Test
    void aContractInForceSetsTheTargetsItNamesAndTheAgreementTheRest() {
        List<GoalTarget> targets = TargetsInForce.forHouse(House.FYN, 2025, List.of(
                new ContractGoal("goal1", "entrepreneurs", null, "companies", Comparison.AT_LEAST, BigDecimal.valueOf(99)),
                new ContractGoal("local.food", "food producers", "food producers guided", "companies",
                        Comparison.AT_LEAST, BigDecimal.valueOf(25))));

        assertThat(targets).hasSize(NationalGoal.values().length + 1);
        assertThat(targets.get(0).source()).isEqualTo(GoalTarget.Source.CONTRACT);
        assertThat(targets.get(0).target()).isEqualByComparingTo("99");
        assertThat(targets.get(1).source()).isEqualTo(GoalTarget.Source.AGREEMENT_DEFAULT);
        assertThat(targets.get(targets.size() - 1).national()).isFalse();
    }

    @Test
    void theNationalEntrepreneurTargetIsTheSumOfTheHousesSharesTwelveHundred() {
        assertThat(TargetsInForce.national(2026).get(0).target()).isEqualByComparingTo("1200");
    }

    @Test
    void ofSeveralDeliveriesTheHighestRevisionCountsAndOfEqualRevisionsTheLastRecorded() {
        SurveyDelivery first = survey(1, 10);
        SurveyDelivery restated = survey(2, 20);
        SurveyDelivery sameRevisionLater = survey(2, 30);

        assertThat(Delivered.latest(List.of(restated, first))).contains(restated);
        assertThat(Delivered.latest(List.of(sameRevisionLater, restated, first))).contains(sameRevisionLater);
        assertThat(restated.restated()).isTrue();
        assertThat(first.restated()).isFalse();
    }

    @Test
    void everyNationalGoalHasAVersionOneDefinitionWithADescription() {
        for (NationalGoal goal : NationalGoal.values()) {
            GoalDefinition definition = DefinitionSets.V1.definitionOf(goal);
            assertThat(definition.id()).isEqualTo(goal.id() + "/v1");
            assertThat(definition.description()).as(goal.id()).contains("§8.1");
        }
    }

    private static SurveyDelivery survey(int revision, long position) {
        return new SurveyDelivery(House.FYN, 2025, BigDecimal.TEN, BigDecimal.TEN, 100, DeliveryStatus.FINAL, revision,
                LocalDate.parse("2026-01-01"), position);
    }
}
