package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.report.Reports.Line;
import dk.erhvervshuse.graphql.report.Reports.Report;
import dk.erhvervshuse.graphql.support.Dashboards;
import dk.erhvervshuse.graphql.support.Registrations;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.Registrations.agreementGoalInputs;
import static dk.erhvervshuse.graphql.support.Registrations.goalInput;
import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.Registrations.sign;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.OTHER_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly reports of §9 through GraphQL and as CSV, for Fyn's 2025 with its contract in force and two local
 * goals: the numbers are the dashboards', a local goal is flagged as the house's to report, the CSV neutralises
 * a title or unit a spreadsheet would run, keeps the Danish letters and quotes what needs quoting, and a public
 * export (§10.4) suppresses counts of 1–4 companies; a house's advisers read their own house's report only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class YearlyReportTest {

    static final int YEAR = 2025;
    /**
     * Text with a formula inside: the API refuses text that begins like one (see api-graphql's README), so what
     * reaches a report can only hold one later in the cell, which a spreadsheet shows as text; the CSV's own
     * neutralising of a leading formula is ReportCsvTest's.
     */
    static final String FORMULA_TITLE = "Klik =HYPERLINK(\"http://example.invalid\",\"klik\")";
    static final String FORMULA_UNIT = "stk. =1+1";
    static final String DANISH_TITLE = "Fødevarer på Ærø, Fanø og \"Sjælland\"";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    /** The story is registered once for the class: its tests only read. */
    private static boolean registered;

    private RegistryClient registry;
    private HttpGraphQlTester managerFyn;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
        managerFyn = registry.as(MANAGER_FYN);
        if (!registered) {
            fynsYear();
            registered = true;
        }
    }

    private void fynsYear() {
        HttpGraphQlTester kkrFyn = registry.as(KKR_FYN);
        kkrFyn.document(Registrations.PROPOSE).variable("input", Map.of("house", "FYN", "year", YEAR,
                "nationalGoals", agreementGoalInputs(House.FYN, YEAR, Map.of()),
                "localGoals", List.of(
                        goalInput("local.formula", FORMULA_TITLE, "companies, as the house counts them", FORMULA_UNIT,
                                "AT_LEAST", "12"),
                        goalInput("local.food", DANISH_TITLE, "fødevarevirksomheder vejledt", "virksomheder",
                                "AT_LEAST", "7")),
                "proposedOn", "2024-12-02")).execute().path("proposeResultContract.commandId").hasValue();
        sign(kkrFyn, "FYN", YEAR, "KKR_CHAIR", "2024-12-10");
        sign(registry.as(BOARD_FYN), "FYN", YEAR, "BOARD_CHAIR", "2024-12-12");
        HttpGraphQlTester adviserFyn = registry.as(ADVISER_FYN);
        openCase(adviserFyn, "r-1", "FYN", CVR, "2024-01-15", "GROWTH", "2025-02-01", "CAPITAL");
        meeting(adviserFyn, "r-1", "m-1", "2025-02-03", "2.0", "CAPITAL");
        openCase(adviserFyn, "r-2", "FYN", OTHER_CVR, "2023-09-01", "OPERATIONS", "2025-03-01", "CAPITAL");
        meeting(adviserFyn, "r-2", "m-1", "2025-03-04", "1.5", "CAPITAL");
        eventually().untilAsserted(() -> {
            Dashboards.Dashboard fyn = Dashboards.dashboard(managerFyn, "FYN", YEAR);
            assertThat(fyn.contractStatus()).isEqualTo("IN_FORCE");
            assertThat(fyn.goal("goal1").counts().counted()).isEqualTo(2);
        });
    }

    @Test
    void aHousesReportHasItsDashboardsNumbersLineForLine() {
        Dashboards.Dashboard dashboard = Dashboards.dashboard(managerFyn, "FYN", YEAR);

        Report report = Reports.yearlyReport(managerFyn, "FYN", YEAR);

        assertThat(report.reportId()).isEqualTo("report:FYN:2025");
        assertThat(report.buildId()).isEqualTo("v1");
        assertThat(report.definitionSet()).isEqualTo(dashboard.definitionSet());
        assertThat(report.contractStatus()).isEqualTo(dashboard.contractStatus());
        assertThat(report.logPosition()).isPositive();
        assertThat(report.lines()).hasSameSizeAs(dashboard.goals());
        for (int i = 0; i < dashboard.goals().size(); i++) {
            assertThat(report.lines().get(i).scope()).isEqualTo("FYN");
            Reports.assertSameNumbers(report.lines().get(i), dashboard.goals().get(i));
        }
    }

    @Test
    void theContractsLocalGoalsAreInTheReportFlaggedAsTheHousesToReport() {
        Report report = Reports.yearlyReport(managerFyn, "FYN", YEAR);

        assertThat(report.lines()).filteredOn(line -> !line.national())
                .extracting(Line::goalId).containsExactly("local.formula", "local.food");
        assertThat(report.lines()).allSatisfy(line ->
                assertThat(line.reportedByHouse()).isEqualTo(!line.national()));
        assertThat(report.line("FYN", "local.food").title()).isEqualTo(DANISH_TITLE);
    }

    @Test
    void theNationalReportHasPerGoalTheRollUpAndEachHousesLine() {
        Dashboards.Dashboard rollUp = Dashboards.nationalDashboard(managerFyn, YEAR);
        Dashboards.Dashboard fyn = Dashboards.dashboard(managerFyn, "FYN", YEAR);

        Report report = Reports.nationalReport(registry.as(ADVISER_HOVEDSTADEN), YEAR);

        assertThat(report.reportId()).isEqualTo("report:NATIONAL:2025");
        assertThat(report.house()).isNull();
        assertThat(report.lines()).hasSize(rollUp.goals().size() * (1 + House.values().length));
        for (Dashboards.Goal goal : rollUp.goals()) {
            Reports.assertSameNumbers(report.line("NATIONAL", goal.goalId()), goal);
            Reports.assertSameNumbers(report.line("FYN", goal.goalId()), fyn.goal(goal.goalId()));
        }
    }

    @Test
    void theCsvIsTheReportWithDanishLettersIntactAndQuotedCells() {
        Report report = Reports.yearlyReport(managerFyn, "FYN", YEAR);

        byte[] csv = Reports.csv(registry.web(MANAGER_FYN), "/reports/2025/houses/FYN.csv");

        List<Map<String, String>> rows = CsvRows.of(csv);
        assertThat(rows).extracting(row -> row.get("goal_id"))
                .containsExactlyElementsOf(report.lines().stream().map(Line::goalId).toList());
        Map<String, String> formula = CsvRows.row(rows, "FYN", "local.formula");
        assertThat(formula.get("title")).isEqualTo(FORMULA_TITLE);
        assertThat(formula.get("unit")).isEqualTo(FORMULA_UNIT);
        assertThat(formula.get("reported_by_house")).isEqualTo("true");
        assertThat(CsvRows.row(rows, "FYN", "local.food").get("title")).isEqualTo(DANISH_TITLE);
        Map<String, String> goal1 = CsvRows.row(rows, "FYN", "goal1");
        Line line = report.line("FYN", "goal1");
        assertThat(goal1.get("actual")).isEqualTo(line.actual().toPlainString());
        assertThat(goal1.get("counted")).isEqualTo(line.counts().counted().toString());
        assertThat(goal1.get("definition_id")).isEqualTo(line.definitionId());
        assertThat(goal1.get("log_position")).isEqualTo(String.valueOf(report.logPosition()));
    }

    @Test
    void aPublicCsvSuppressesCountsOfOneToFourCompaniesAndAnInternalOneDoesNot() {
        int entrepreneurs = Reports.yearlyReport(managerFyn, "FYN", YEAR).line("FYN", "goal1").counts().counted();
        boolean small = entrepreneurs >= 1 && entrepreneurs < SmallCountSuppression.THRESHOLD;

        Map<String, String> published = CsvRows.row(CsvRows.of(Reports.csv(registry.web(AUDITOR),
                "/reports/2025/houses/FYN.csv?public=true")), "FYN", "goal1");
        Map<String, String> internal = CsvRows.row(CsvRows.of(Reports.csv(registry.web(AUDITOR),
                "/reports/2025/houses/FYN.csv?public=false")), "FYN", "goal1");

        assertThat(small).as("the story has 1–4 entrepreneurs at Fyn").isTrue();
        assertThat(published.get("counted")).isEqualTo("<5");
        assertThat(published.get("actual")).isEmpty();
        assertThat(published.get("note")).startsWith(SmallCountSuppression.SUPPRESSED_NOTE);
        assertThat(internal.get("counted")).isEqualTo(String.valueOf(entrepreneurs));
        assertThat(internal.get("actual")).isEqualTo(String.valueOf(entrepreneurs));
    }

    @Test
    void anotherHousesAdviserIsRefusedTheHousesReportButReadsTheNationalOne() {
        HttpGraphQlTester adviserHovedstaden = registry.as(ADVISER_HOVEDSTADEN);

        ResponseError error = singleError(adviserHovedstaden.document(Reports.YEARLY_REPORT)
                .variable("house", "FYN").variable("year", YEAR).execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("field", "house").containsEntry("rule", "house.notOwn");
        registry.web(ADVISER_HOVEDSTADEN).get().uri("/reports/2025/houses/FYN.csv").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.rule").isEqualTo("house.notOwn");
        Reports.csv(registry.web(ADVISER_HOVEDSTADEN), "/reports/2025/national.csv");
    }

    @Test
    void theHousesChairAndTheAuditorReadTheHousesReportAndAnotherHousesChairDoesNot() {
        assertThat(Reports.yearlyReport(registry.as(KKR_FYN), "FYN", YEAR).lines()).isNotEmpty();
        assertThat(Reports.yearlyReport(registry.as(AUDITOR), "FYN", YEAR).lines()).isNotEmpty();
        ResponseError refused = singleError(registry.as(KKR_HOVEDSTADEN).document(Reports.YEARLY_REPORT)
                .variable("house", "FYN").variable("year", YEAR).execute());
        assertThat(classificationOf(refused)).isEqualTo("FORBIDDEN");
        assertThat(refused.getExtensions()).containsEntry("rule", "house.notOwn");
    }

    @Test
    void aYearOutsideTheAgreementIsRefusedNamingTheYear() {
        ResponseError error = singleError(managerFyn.document(Reports.YEARLY_REPORT)
                .variable("house", "FYN").variable("year", 2023).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "year").containsEntry("rule", "year.outsideAgreement");
        registry.web(MANAGER_FYN).get().uri("/reports/2023/houses/FYN.csv").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("year").jsonPath("$.rule").isEqualTo("year.outsideAgreement");
        registry.web(MANAGER_FYN).get().uri("/reports/2025/houses/ODENSE.csv").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.rule").isEqualTo("house.unknown");
    }

    @Test
    void theCsvNeedsAUserAsGraphqlDoes() {
        registry.anonymous().get().uri("/reports/2025/national.csv").exchange().expectStatus().isUnauthorized();
    }
}
