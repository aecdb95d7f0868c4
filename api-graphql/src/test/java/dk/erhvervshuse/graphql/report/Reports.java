package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.graphql.support.Dashboards;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly reports and their seals through GraphQL and HTTP, as the tests read them. */
final class Reports {

    private Reports() {
    }

    static final String LINE_FIELDS = """
            fragment lineFields on ReportLine {
              scope goalId goalNumber national reportedByHouse title definitionId measure unit actual target
              comparison targetSource met note
              counts {
                counted excluded numerator denominator promoters passives detractors respondents
                companyMeanGrowth controlGroupGrowth onPreliminaryDeliveries onRestatedDeliveries
              }
              delivery { source revision status deliveredOn preliminary restated }
            }
            """;

    static final String YEARLY_REPORT = """
            query Report($house: House!, $year: Int!, $build: ID) {
              yearlyReport(house: $house, year: $year, build: $build) {
                reportId house year buildId definitionSet logPosition contractStatus lines { ...lineFields }
              }
            }
            """ + LINE_FIELDS;

    static final String NATIONAL_REPORT = """
            query National($year: Int!) {
              nationalReport(year: $year) {
                reportId house year buildId definitionSet logPosition contractStatus lines { ...lineFields }
              }
            }
            """ + LINE_FIELDS;

    static final String SEAL = """
            mutation Seal($input: SealReportInput!) {
              sealReport(input: $input) {
                sealId sealNumber reportId buildId definitionSet logPosition commitHash commandId acceptedAt
              }
            }
            """;

    static final String SEALED_REPORT = """
            query Sealed($id: ID!) {
              sealedReport(id: $id) {
                id sealNumber reportId house year buildId definitionSet logPosition commitHash sealedOn sealedAt
                sealedBy sealedByRole sealPosition lines { ...lineFields }
              }
            }
            """ + LINE_FIELDS;

    static final String SEALED_REPORTS = """
            query Seals($house: House, $year: Int!) {
              sealedReports(house: $house, year: $year) { id sealNumber logPosition commitHash }
            }
            """;

    static final String RESTATEMENT = """
            query Restatement($id: ID!, $changedOnly: Boolean) {
              reportRestatement(id: $id, changedOnly: $changedOnly) {
                changedCount
                sealed { id logPosition }
                now { logPosition definitionSet }
                goals { scope goalId status changes sealed { ...lineFields } now { ...lineFields } }
              }
            }
            """ + LINE_FIELDS;

    record Report(String reportId, String house, int year, String buildId, String definitionSet, long logPosition,
                  String contractStatus, List<Line> lines) {

        Line line(String scope, String goalId) {
            return lines.stream().filter(line -> line.scope().equals(scope) && line.goalId().equals(goalId))
                    .findFirst().orElseThrow(() -> new AssertionError("no line " + scope + " " + goalId));
        }
    }

    record Line(String scope, String goalId, Integer goalNumber, boolean national, boolean reportedByHouse,
                String title, String definitionId, String measure, String unit, BigDecimal actual, BigDecimal target,
                String comparison, String targetSource, Boolean met, String note, Dashboards.Counts counts,
                Dashboards.Delivery delivery) {
    }

    record Sealed(String sealId, int sealNumber, String reportId, String buildId, String definitionSet,
                  long logPosition, String commitHash, String commandId, String acceptedAt) {
    }

    record SealedReport(String id, int sealNumber, String reportId, String house, int year, String buildId,
                        String definitionSet, long logPosition, String commitHash, String sealedOn, String sealedAt,
                        String sealedBy, String sealedByRole, long sealPosition, List<Line> lines) {
    }

    record GoalRestatement(String scope, String goalId, String status, List<String> changes, Line sealed, Line now) {
    }

    static Report yearlyReport(GraphQlTester tester, String house, int year) {
        return tester.document(YEARLY_REPORT).variable("house", house).variable("year", year).execute()
                .path("yearlyReport").entity(Report.class).get();
    }

    static Report nationalReport(GraphQlTester tester, int year) {
        return tester.document(NATIONAL_REPORT).variable("year", year).execute()
                .path("nationalReport").entity(Report.class).get();
    }

    /** @param house null for the national report */
    static Sealed seal(GraphQlTester tester, String house, int year) {
        return tester.document(SEAL).variable("input", sealInput(house, year)).execute()
                .path("sealReport").entity(Sealed.class).get();
    }

    static Map<String, Object> sealInput(String house, int year) {
        return house == null ? Map.of("year", year) : Map.of("house", house, "year", year);
    }

    static SealedReport sealedReport(GraphQlTester tester, String id) {
        return tester.document(SEALED_REPORT).variable("id", id).execute()
                .path("sealedReport").entity(SealedReport.class).get();
    }

    static List<String> sealIds(GraphQlTester tester, String house, int year) {
        GraphQlTester.Request<?> request = tester.document(SEALED_REPORTS).variable("year", year);
        if (house != null) {
            request = request.variable("house", house);
        }
        return request.execute().path("sealedReports[*].id").entityList(String.class).get();
    }

    static byte[] csv(WebTestClient web, String path) {
        return web.get().uri(path).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** The report's line matches the dashboard's goal number for number. */
    static void assertSameNumbers(Line line, Dashboards.Goal goal) {
        assertThat(line.goalId()).isEqualTo(goal.goalId());
        assertThat(line.goalNumber()).isEqualTo(goal.goalNumber());
        assertThat(line.national()).isEqualTo(goal.national());
        assertThat(line.title()).isEqualTo(goal.title());
        assertThat(line.definitionId()).isEqualTo(goal.definitionId());
        assertThat(line.unit()).isEqualTo(goal.unit());
        assertThat(line.actual()).isEqualTo(goal.actual());
        assertThat(line.target()).isEqualTo(goal.target());
        assertThat(line.comparison()).isEqualTo(goal.comparison());
        assertThat(line.targetSource()).isEqualTo(goal.targetSource());
        assertThat(line.met()).isEqualTo(goal.met());
        assertThat(line.note()).isEqualTo(goal.note());
        assertThat(line.counts()).isEqualTo(goal.counts());
        assertThat(line.delivery()).isEqualTo(goal.delivery());
    }
}
