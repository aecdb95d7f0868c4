package dk.erhvervshuse.graphql.rebuild;

import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year recomputed under goal1/v2 (a company's age at the end of the year instead of at its first meeting)
 * through GraphQL alone: the Business Authority's analyst builds definition set v2 beside the serving v1,
 * the v1 dashboard answers unchanged all through the build, the diff lists exactly the companies that moved
 * and why, and promoting v2 makes the dashboards answer with it. Builds read one event per batch here, so
 * that the build lasts long enough to be watched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "registry.dashboards.build-batch-size=1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DefinitionRebuildTest {

    static final int YEAR = 2025;
    static final int COMPANIES = 30;
    static final String THEME = "CAPITAL";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester analyst;
    private HttpGraphQlTester auditor;

    /** Founding date and first meeting of each company guided by Fyn in 2025, by CVR; registered once. */
    private static final Map<String, LocalDate[]> companies = new TreeMap<>();
    /** The dates of the first company registered, whose case opened at position 1. */
    private static LocalDate[] firstRegistered;

    @BeforeEach
    void registerAYearOfGuidance() {
        RegistryClient client = new RegistryClient(port);
        analyst = client.as(ANALYST);
        auditor = client.as(AUDITOR);
        if (!companies.isEmpty()) {
            return;
        }
        HttpGraphQlTester adviser = client.as(ADVISER_FYN);
        SplittableRandom random = new SplittableRandom(2025);
        for (int i = 0; i < COMPANIES; i++) {
            String cvr = validCvr(40_000_000 + i * 1_000);
            LocalDate firstMeeting = LocalDate.of(YEAR, 1, 6).plusDays(random.nextInt(330));
            // around three years old in 2025: some under 3 all year, some turning 3 during it, some older
            LocalDate founded = firstMeeting.minusYears(2).minusDays(random.nextInt(500));
            String caseId = "fyn-" + i;
            openCase(adviser, caseId, "FYN", cvr, founded.toString(), i % 2 == 0 ? "GROWTH" : "OPERATIONS",
                    firstMeeting.toString(), THEME);
            meeting(adviser, caseId, "m-1", firstMeeting.toString(), "1.5", THEME);
            meeting(adviser, caseId, "m-2", firstMeeting.plusDays(20).toString(), "1.0", THEME);
            companies.put(cvr, new LocalDate[]{founded, firstMeeting});
            if (firstRegistered == null) {
                firstRegistered = companies.get(cvr);
            }
        }
    }

    private static boolean underThree(LocalDate founded, LocalDate on) {
        return Period.between(founded, on).getYears() < 3;
    }

    @Test
    void aYearRecomputedUnderGoal1V2ListsTheCompaniesThatMovedWhileV1KeepsAnswering() {
        List<String> entrepreneursAtFirstMeeting = new ArrayList<>();
        List<String> expectedMoved = new ArrayList<>();
        companies.forEach((cvr, dates) -> {
            if (underThree(dates[0], dates[1])) {
                entrepreneursAtFirstMeeting.add(cvr);
                if (!underThree(dates[0], LocalDate.of(YEAR, 12, 31))) {
                    expectedMoved.add(cvr);
                }
            }
        });
        assertThat(expectedMoved).as("the history has companies that move").isNotEmpty();
        eventually().until(() -> goal1(null).equals(String.valueOf(entrepreneursAtFirstMeeting.size())));
        Map<String, Object> servingBefore = dashboard(null);

        Map<String, Object> started = analyst.document("""
                        mutation { startDashboardBuild(input: {definitionSet: "v2"}) {
                          build { id definitionSet definitions status isDefault progress { eventsDone eventsTotal } } } }
                        """).execute().path("startDashboardBuild.build").entity(Map.class).get();
        assertThat(started).containsEntry("id", "v2-1").containsEntry("status", "BUILDING")
                .containsEntry("isDefault", false);
        assertThat((List<Object>) started.get("definitions")).contains("goal1/v2");

        int readsWhileBuilding = 0;
        String status = "BUILDING";
        while (status.equals("BUILDING")) {
            assertThat(dashboard(null)).as("the serving v1 dashboard while v2 builds").isEqualTo(servingBefore);
            status = auditor.document("{ dashboardBuild(id: \"v2-1\") { status } }").execute()
                    .path("dashboardBuild.status").entity(String.class).get();
            if (status.equals("BUILDING")) {
                readsWhileBuilding++;
            }
        }
        assertThat(readsWhileBuilding).as("the serving dashboard was read while v2 was building").isPositive();
        assertThat(status).isEqualTo("LIVE");

        Map<String, Object> goal1 = goal1Diff();
        assertThat(goal1).containsEntry("fromDefinition", "goal1/v1").containsEntry("toDefinition", "goal1/v2")
                .containsEntry("changed", true).containsEntry("movedCount", expectedMoved.size());
        List<Map<String, Object>> moved = (List<Map<String, Object>>) goal1.get("moved");
        assertThat(moved).extracting(entry -> entry.get("cvr")).containsExactlyElementsOf(expectedMoved);
        assertThat(moved).allSatisfy(entry -> {
            LocalDate[] dates = companies.get((String) entry.get("cvr"));
            assertThat(entry).containsEntry("fromCounted", true).containsEntry("toCounted", false);
            assertThat((String) entry.get("fromReason")).contains("old at its first meeting on " + dates[1])
                    .endsWith("under 3 years");
            assertThat((String) entry.get("toReason")).contains("old at the end of 2025 (founded " + dates[0] + ")")
                    .endsWith("not under 3 years");
        });
        assertThat(goal1(null)).isEqualTo(String.valueOf(entrepreneursAtFirstMeeting.size()));
        assertThat(goal1("v2-1")).isEqualTo(String.valueOf(entrepreneursAtFirstMeeting.size() - expectedMoved.size()));

        analyst.document("mutation { promoteDashboardBuild(input: {build: \"v2-1\"}) { build { isDefault } } }")
                .execute().path("promoteDashboardBuild.build.isDefault").entity(Boolean.class).isEqualTo(true);
        assertThat(goal1(null)).isEqualTo(String.valueOf(entrepreneursAtFirstMeeting.size() - expectedMoved.size()));
        assertThat(goal1("v1")).isEqualTo(String.valueOf(entrepreneursAtFirstMeeting.size()));
    }

    @Test
    void onlyTheBusinessAuthorityStartsOrPromotesBuildsAndAnUnknownBuildIsNotFound() {
        auditor.document("mutation { startDashboardBuild(input: {definitionSet: \"v2\"}) { build { id } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(error.getExtensions()).containsEntry("rule", "role.readOnly");
                }));
        analyst.document("mutation { startDashboardBuild(input: {definitionSet: \"v9\"}) { build { id } } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getExtensions()).containsEntry("field", "definitionSet");
                }));
        auditor.document("{ dashboard(house: FYN, year: 2025, build: \"v7-3\") { definitionSet } }")
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(error.getExtensions()).containsEntry("rule", "build.notFound");
                }));
        auditor.document("{ definitionSets { id definitions { id goalId } } }").execute()
                .path("definitionSets[*].id").entityList(String.class).containsExactly("v1", "v2");
    }

    @Test
    void aBoundedBuildsProgressIsPushedUntilItIsCompleteAndItShowsTheDashboardAsItStoodThen() {
        WebSocketGraphQlTester webSocket = new RegistryClient(port).webSocket(AUDITOR);
        try {
            String id = analyst.document("""
                            mutation { startDashboardBuild(input: {definitionSet: "v1", upTo: {position: 2}}) {
                              build { id stopsAt upTo { position recordedAt businessDate } } } }
                            """).execute().path("startDashboardBuild.build.upTo.position").entity(Integer.class)
                    .isEqualTo(2).path("startDashboardBuild.build.id").entity(String.class).get();

            List<Map> pushed = webSocket.document("""
                            subscription($id: ID!) { dashboardBuildProgress(id: $id) {
                              status progress { eventsDone eventsTotal percentDone } } }
                            """).variable("id", id).executeSubscription().toFlux("dashboardBuildProgress", Map.class)
                    .collectList().block(Duration.ofSeconds(60));

            assertThat(pushed).isNotEmpty();
            Map<String, Object> last = pushed.get(pushed.size() - 1);
            assertThat(last).containsEntry("status", "COMPLETE");
            assertThat((Map<String, Object>) last.get("progress")).containsEntry("eventsDone", 2)
                    .containsEntry("eventsTotal", 2).containsEntry("percentDone", 100.0);
            // positions 1 and 2 are the first company's case opened and its first meeting
            LocalDate[] first = companies.values().stream().filter(dates -> dates == firstRegistered).findFirst()
                    .orElseThrow();
            assertThat(goal1(id)).isEqualTo(underThree(first[0], first[1]) ? "1" : "0");
        } finally {
            webSocket.stop().block(Duration.ofSeconds(10));
        }
    }

    private Map<String, Object> dashboard(String build) {
        return auditor.document("""
                        query($build: ID) { dashboard(house: FYN, year: 2025, build: $build) {
                          definitionSet goals { goalId definitionId actual target met counts { counted excluded } } } }
                        """).variable("build", build).execute().path("dashboard").entity(Map.class).get();
    }

    private String goal1(String build) {
        return auditor.document("""
                        query($build: ID) { dashboard(house: FYN, year: 2025, build: $build) { goal(id: "goal1") { actual } } }
                        """).variable("build", build).execute().path("dashboard.goal.actual").entity(String.class)
                .get();
    }

    private Map<String, Object> goal1Diff() {
        List<Map> goals = auditor.document("""
                        { dashboardDiff(from: "v1", to: "v2-1", year: 2025, house: FYN, movedFirst: 500) {
                            scopes { scope goals { goalId fromDefinition toDefinition fromActual toActual changed
                              movedCount moved { cvr caseId fromCounted toCounted fromReason toReason } } } } }
                        """).execute().path("dashboardDiff.scopes[0].goals").entityList(Map.class).get();
        return goals.stream().filter(goal -> goal.get("goalId").equals("goal1")).findFirst().orElseThrow();
    }

    /** The first CVR number from {@code from} up that passes the modulus-11 check. */
    static String validCvr(int from) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        for (int candidate = from; ; candidate++) {
            String digits = Integer.toString(candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == 0) {
                return digits;
            }
        }
    }
}
