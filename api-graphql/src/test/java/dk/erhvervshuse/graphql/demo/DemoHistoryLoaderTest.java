package dk.erhvervshuse.graphql.demo;

import dk.erhvervshuse.command.history.HistoryGenerator;
import dk.erhvervshuse.command.history.HistoryOptions;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.demo.DemoProgress.State;
import dk.erhvervshuse.graphql.demo.DemoRegistry.LoggedEvent;
import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo mode loads the generated history through the command side, as the houses' users would have sent it: into
 * an empty registry only, the same history for the same seed, and once, however often it is started. Small volumes
 * of one year (2025), loaded by the application on the embedded store: the default seed with
 * {@value #FEW_COMPANIES} companies, and for the dashboards {@value #COMPANIES} companies of a seed whose year
 * gives even the smallest house (Fyn, 94 of the 1,200 entrepreneurs of §8.1) guided entrepreneurs and evaluations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DemoHistoryLoaderTest {

    static final long SEED = DemoProperties.DEFAULT_SEED;
    static final int FEW_COMPANIES = 15;
    static final long DASHBOARD_SEED = 230;
    static final int COMPANIES = 40;
    static final int YEAR = 2025;

    @TempDir
    Path directories;

    /** The uninterrupted load of the default seed at the smaller volume, which the other loads are held to. */
    private LoadedDemo reference;

    @Test
    void aSmallDemoLoadsThroughTheCommandSideAndFillsEveryHousesDashboardsFor2025() {
        try (DemoRegistry registry = DemoRegistry.start(directories.resolve("dashboards"),
                demo(DASHBOARD_SEED, COMPANIES))) {
            DemoProgress progress = registry.awaitLoadEnded();
            HistoryOptions options = registry.loader().options().orElseThrow();

            // Every command of the script is accepted by the command side's rules.
            assertThat(progress.state()).isEqualTo(State.DONE);
            assertThat(progress.refused()).isZero();
            assertThat(progress.appliedNow()).isEqualTo(progress.commandsTotal())
                    .isEqualTo(HistoryGenerator.stream(options).count()).isGreaterThan(5 * COMPANIES);
            assertThat(registry.loader().isDone()).isTrue();

            await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                    .untilAsserted(() -> assertDashboards(registry.bean(DashboardQueries.class)));
            assertSameStreams(LoadedDemo.of(registry).streams(), recorded(options));
        }
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() {
        LoadedDemo first = reference();
        LoadedDemo second = load("same-seed", SEED);
        LoadedDemo otherSeed = load("other-seed", SEED + 1);

        assertThat(first.log()).isNotEmpty();

        assertThat(second.commandEvents()).isEqualTo(first.commandEvents());
        assertSameStreams(second.streams(), first.streams());
        assertThat(otherSeed.payloads()).isNotEqualTo(first.payloads());
    }

    @Test
    void aLoadStoppedPartWayGoesOnWhereItStoppedAndAppliesNothingTwice() throws Exception {
        Path data = directories.resolve("stopped");
        DemoHistoryLoader stoppedLoader;
        try (DemoRegistry first = DemoRegistry.start(data, demo(SEED, FEW_COMPANIES))) {
            stoppedLoader = first.loader();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                DemoProgress progress = stoppedLoader.progress();
                return progress.ended() || progress.commandsTotal() > 0
                        && progress.commandsDone() >= progress.commandsTotal() / 3;
            });
            // Loading holds up nothing: the application is live and ready meanwhile.
            assertThat(health(first.port(), "liveness")).contains("\"UP\"");
            assertThat(health(first.port(), "readiness")).contains("\"UP\"");
            assertThat(stoppedLoader.progress().state()).isEqualTo(State.LOADING);
        }
        DemoProgress stopped = stoppedLoader.progress();
        assertThat(stopped.state()).isEqualTo(State.STOPPED);
        assertThat(stopped.appliedNow()).isPositive().isLessThan(stopped.commandsTotal());

        try (DemoRegistry second = DemoRegistry.start(data, demo(SEED, FEW_COMPANIES))) {
            DemoProgress resumed = second.awaitLoadEnded();
            assertThat(resumed.state()).isEqualTo(State.DONE);
            assertThat(resumed.alreadyApplied()).isEqualTo(stopped.appliedNow());
            assertThat(resumed.appliedNow()).isEqualTo(resumed.commandsTotal() - stopped.appliedNow());
            assertThat(resumed.refused()).isZero();

            LoadedDemo resumedLoad = LoadedDemo.of(second);
            assertThat(resumedLoad.commandEvents()).isEqualTo(reference().commandEvents());
            assertSameStreams(resumedLoad.streams(), reference().streams());
        }
    }

    @Test
    void aRegistryHoldingOtherDataIsLeftAloneWithOneWarning(CapturedOutput output) {
        Path data = directories.resolve("other-data");
        List<LoggedEvent> before;
        try (DemoRegistry plain = DemoRegistry.start(data, Map.of())) {
            assertThat(plain.hasLoader()).as("no demo unless asked for").isFalse();
            new RegistryClient(plain.port()).as(ADVISER_FYN).document(OPEN_CASE)
                    .variable("input", openCaseInput("case-of-our-own", "FYN", CVR))
                    .execute()
                    .path("openGuidanceCase.caseId").entity(String.class).isEqualTo("case-of-our-own");
            before = plain.log();
        }
        assertThat(before).isNotEmpty();

        try (DemoRegistry withDemo = DemoRegistry.start(data, demo(SEED, FEW_COMPANIES))) {
            DemoProgress progress = withDemo.awaitLoadEnded();

            assertThat(progress.state()).isEqualTo(State.REFUSED);
            assertThat(progress.reason()).contains("already holds other data");
            assertThat(progress.commandsDone()).isZero();
            assertThat(withDemo.log()).isEqualTo(before);
        }
        String warning = "Demo history not loaded: the registry already holds other data";
        assertThat(output.getOut().split(Pattern.quote(warning), -1)).hasSize(2);
        assertThat(output.getOut()).doesNotContain("at dk.erhvervshuse.graphql.demo.");
    }

    private static String health(int port, String probe) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/" + probe)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as(probe).isEqualTo(200);
        return response.body();
    }

    // ---- the dashboards

    /** Goal 1 and goal 3 (§8.1) are the guidance's own: each house has guided entrepreneurs and evaluations in 2025. */
    private static void assertDashboards(DashboardQueries dashboards) {
        for (House house : House.values()) {
            DashboardView dashboard = dashboards.dashboard(house, YEAR);
            GoalResultView entrepreneurs = dashboard.goal("goal1");
            assertThat(entrepreneurs.actual()).as("entrepreneurs at %s", house).isPositive();
            GoalResultView growth = dashboard.goal("goal3.growth");
            GoalResultView operations = dashboard.goal("goal3.operations");
            assertThat(respondents(growth) + respondents(operations)).as("evaluations at %s", house).isPositive();
            assertThat(growth.actual() != null || operations.actual() != null).as("NPS at %s", house).isTrue();
            // Goal 2: the Business Authority's survey of the house, between 35 and 50 % aware of it.
            assertThat(dashboard.goal("goal2.house").actual()).as("awareness of %s", house)
                    .isBetween(new BigDecimal("35"), new BigDecimal("50"));
            assertThat(dashboard.contractStatus()).as("contract of %s", house).isEqualTo("IN_FORCE");
        }
        NationalDashboardView national = dashboards.nationalDashboard(YEAR);
        for (String goal : List.of("goal1", "goal3.growth", "goal3.operations", "goal4", "goal6")) {
            assertThat(national.goals()).filteredOn(result -> result.goalId().equals(goal)).singleElement()
                    .satisfies(result -> assertThat(result.actual()).as(goal).isNotNull().isNotZero());
        }
    }

    private static int respondents(GoalResultView goal) {
        return goal.counts() == null || goal.counts().respondents() == null ? 0 : goal.counts().respondents();
    }

    // ---- loads and their logs

    private static Map<String, Object> demo(long seed, int companiesPerYear) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("registry.demo.enabled", true);
        properties.put("registry.demo.seed", seed);
        properties.put("registry.demo.companies-per-year", companiesPerYear);
        properties.put("registry.demo.from-year", YEAR);
        properties.put("registry.demo.to-year", YEAR);
        return properties;
    }

    private LoadedDemo reference() {
        if (reference == null) {
            reference = load("reference", SEED);
        }
        return reference;
    }

    private LoadedDemo load(String name, long seed) {
        try (DemoRegistry registry = DemoRegistry.start(directories.resolve(name), demo(seed, FEW_COMPANIES))) {
            DemoProgress progress = registry.awaitLoadEnded();
            assertThat(progress.state()).isEqualTo(State.DONE);
            assertThat(progress.refused()).as("commands the command side refused").isZero();
            assertThat(progress.appliedNow()).isEqualTo(progress.commandsTotal());
            return LoadedDemo.of(registry);
        }
    }

    /**
     * The events the script's commands produce as the command side's generator records them, stream by stream, each
     * with the audit metadata of the command that caused it and that command's id, the loader's for its index.
     */
    private static Map<String, List<List<Object>>> recorded(HistoryOptions options) {
        Map<String, List<List<Object>>> streams = new TreeMap<>();
        HistoryGenerator.commits(options).forEachRemaining(commit -> {
            Map<String, Object> audit = new TreeMap<>(DemoRegistry.audit(commit.metaData()));
            audit.put(DemoRegistry.TRACE_ID, DemoHistoryLoader.commandId(options.seed(),
                    options.companiesPerYear(), options.fromYear(), options.toYear(), commit.causeIndex()));
            List<List<Object>> stream = streams.computeIfAbsent(commit.aggregateType() + " " + commit.aggregateId(),
                    id -> new ArrayList<>());
            commit.events().forEach(payload -> stream.add(List.of(payload, audit)));
        });
        return streams;
    }

    /** The same streams, each with the same events in the same order: compared stream by stream, to name the first that differs. */
    private static void assertSameStreams(Map<String, List<List<Object>>> actual,
                                          Map<String, List<List<Object>>> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((stream, events) -> assertThat(actual.get(stream)).as(stream).containsExactlyElementsOf(events));
    }

    /** A load's log, as the tests compare it. */
    private record LoadedDemo(List<LoggedEvent> log) {

        static LoadedDemo of(DemoRegistry registry) {
            return new LoadedDemo(registry.log());
        }

        /** Every stream with its events in sequence order, each with who caused it. */
        Map<String, List<List<Object>>> streams() {
            Map<String, List<List<Object>>> streams = new TreeMap<>();
            for (LoggedEvent event : log) {
                List<List<Object>> stream = streams.computeIfAbsent(event.stream(), id -> new ArrayList<>());
                assertThat(event.sequenceNumber()).as("%s", event).isEqualTo(stream.size());
                stream.add(List.of(event.payload(), event.audit()));
            }
            return streams;
        }

        /**
         * The events the loader's commands wrote, in log order: all but the 20-hour policy's counts, which its
         * processor writes when it gets to them, so that they fall between the commands' differently from run to run.
         */
        List<List<Object>> commandEvents() {
            return log.stream().filter(event -> !event.writtenByThePolicy()).map(LoggedEvent::fact).toList();
        }

        /** What happened, without who recorded it (whose command ids name the seed). */
        List<Object> payloads() {
            return log.stream().map(LoggedEvent::payload).toList();
        }
    }
}
