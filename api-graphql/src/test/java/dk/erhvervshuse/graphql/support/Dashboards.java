package dk.erhvervshuse.graphql.support;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads dashboards, result contracts and goal explanations through GraphQL, as the tests compare them. */
public final class Dashboards {

    private Dashboards() {
    }

    public static final String GOAL_FIELDS = """
            fragment goalFields on GoalResult {
              goalId goalNumber national title definitionId unit actual target comparison targetSource met note
              counts {
                counted excluded numerator denominator promoters passives detractors respondents
                companyMeanGrowth controlGroupGrowth onPreliminaryDeliveries onRestatedDeliveries
              }
              delivery { source revision status deliveredOn preliminary restated }
            }
            """;

    public static final String DASHBOARD = """
            query Dashboard($house: House!, $year: Int!) {
              dashboard(house: $house, year: $year) {
                definitionSet house year contractStatus contractEffectiveOn
                goals { ...goalFields }
              }
            }
            """ + GOAL_FIELDS;

    public static final String NATIONAL_DASHBOARD = """
            query National($year: Int!) {
              nationalDashboard(year: $year) {
                definitionSet year
                goals { ...goalFields }
              }
            }
            """ + GOAL_FIELDS;

    public static final String EXPLAIN = """
            query Explain($house: House!, $year: Int!, $goal: String!, $first: Int, $after: String) {
              explainGoal(house: $house, year: $year, goal: $goal, first: $first, after: $after) {
                goalId definitionId totalCount note
                edges { cursor node { cvr caseId counted reason category value eventPositions } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    public static final String RESULT_CONTRACT = """
            query Contract($house: House!, $year: Int!) {
              resultContract(house: $house, year: $year) {
                contractId house year status proposedOn effectiveOn
                goals { goalId title measure unit comparison target }
                signatures { party signatoryId signedOn }
                history { kind on party signatoryId reason agreedBy position goals { goalId target } }
              }
            }
            """;

    public record Dashboard(String definitionSet, String house, int year, String contractStatus,
                            String contractEffectiveOn, List<Goal> goals) {

        public Goal goal(String goalId) {
            return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no goal " + goalId + " on the dashboard"));
        }
    }

    public record Goal(String goalId, Integer goalNumber, boolean national, String title, String definitionId,
                       String unit, BigDecimal actual, BigDecimal target, String comparison, String targetSource,
                       Boolean met, String note, Counts counts, Delivery delivery) {
    }

    public record Counts(Integer counted, Integer excluded, Integer numerator, Integer denominator, Integer promoters,
                         Integer passives, Integer detractors, Integer respondents, BigDecimal companyMeanGrowth,
                         BigDecimal controlGroupGrowth, Integer onPreliminaryDeliveries,
                         Integer onRestatedDeliveries) {
    }

    public record Delivery(String source, int revision, String status, String deliveredOn, boolean preliminary,
                           boolean restated) {
    }

    public record ExplanationEntry(String cvr, String caseId, boolean counted, String reason, String category,
                                   BigDecimal value, List<Long> eventPositions) {
    }

    public record ContractGoal(String goalId, String title, String measure, String unit, String comparison,
                               BigDecimal target) {
    }

    public record Signature(String party, String signatoryId, String signedOn) {
    }

    public record HistoryEntry(String kind, String on, String party, String signatoryId, String reason,
                               List<String> agreedBy, long position, List<ContractGoal> goals) {
    }

    public record ResultContract(String contractId, String house, int year, String status, String proposedOn,
                                 String effectiveOn, List<ContractGoal> goals, List<Signature> signatures,
                                 List<HistoryEntry> history) {

        public ContractGoal goal(String goalId) {
            return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no goal " + goalId + " in the contract"));
        }
    }

    public static Dashboard dashboard(GraphQlTester tester, String house, int year) {
        return tester.document(DASHBOARD).variable("house", house).variable("year", year).execute()
                .path("dashboard").entity(Dashboard.class).get();
    }

    /** The national dashboard, read as a house dashboard without house and contract. */
    public static Dashboard nationalDashboard(GraphQlTester tester, int year) {
        return tester.document(NATIONAL_DASHBOARD).variable("year", year).execute()
                .path("nationalDashboard").entity(Dashboard.class).get();
    }

    /** The contract, or null when none was proposed. */
    public static ResultContract resultContract(GraphQlTester tester, String house, int year) {
        GraphQlTester.Response response = tester.document(RESULT_CONTRACT).variable("house", house)
                .variable("year", year).execute();
        Map<?, ?> data = response.path("").entity(Map.class).get();
        return data.get("resultContract") == null ? null
                : response.path("resultContract").entity(ResultContract.class).get();
    }

    /** Every entry of a goal's explanation, read page by page from each page's end cursor. */
    public static List<ExplanationEntry> explanation(GraphQlTester tester, String house, int year, String goal,
                                                     int pageSize) {
        List<ExplanationEntry> entries = new ArrayList<>();
        String after = null;
        boolean more = true;
        Integer total = null;
        while (more) {
            GraphQlTester.Request<?> request = tester.document(EXPLAIN).variable("house", house).variable("year", year)
                    .variable("goal", goal).variable("first", pageSize);
            if (after != null) {
                request = request.variable("after", after);
            }
            GraphQlTester.Response response = request.execute();
            List<ExplanationEntry> page = response.path("explainGoal.edges[*].node")
                    .entityList(ExplanationEntry.class).get();
            Map<?, ?> pageInfo = response.path("explainGoal.pageInfo").entity(Map.class).get();
            total = response.path("explainGoal.totalCount").entity(Integer.class).get();
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            entries.addAll(page);
            more = !page.isEmpty() && Boolean.TRUE.equals(pageInfo.get("hasNextPage"));
            after = (String) pageInfo.get("endCursor");
        }
        assertThat(entries).as("every entry of the explanation, once").hasSize(total);
        return entries;
    }

    /** The entries of one company. */
    public static List<ExplanationEntry> of(List<ExplanationEntry> entries, String cvr) {
        return entries.stream().filter(entry -> cvr.equals(entry.cvr())).toList();
    }
}
