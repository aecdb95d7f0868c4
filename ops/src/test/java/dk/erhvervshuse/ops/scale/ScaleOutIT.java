package dk.erhvervshuse.ops.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshuse.ops.processes.LogAndViews;
import dk.erhvervshuse.ops.processes.RegistryProcesses;
import dk.erhvervshuse.ops.processes.RegistryProcesses.Application;
import dk.erhvervshuse.ops.processes.TestCompanies;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the registry on one database: the embedded MongoDB as a process of its own and two application
 * processes pointed at it, configured alike but for their names ({@code registry.processing.*}: the case and company
 * views in four segments, the sealed reports in two, the single-writer projections dealt out between them).
 * <ol>
 *     <li><b>Both work.</b> Advisers of two houses send their cases' commands to one instance and the next to the
 *     other, alternately. Both instances hold segments in the token store; every accepted command's events are in the
 *     log once; the read models equal a rebuild from the log, and both instances answer the same; and each
 *     projection applied, summed over the two instances, exactly the events a rebuild applies: none twice.</li>
 *     <li><b>One is killed.</b> {@code kill -9} of the second instance (which holds the dashboards); more commands
 *     through the first, which takes over every segment once the dead one's claims lapse, catches up, and again
 *     agrees with a rebuild, the two instances' counts still adding up to the rebuild's.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final String FIRST = "scale-a";
    private static final String SECOND = "scale-b";
    private static final String[] SETTINGS = {
            "--registry.processing.segments.guidance-views=4",
            "--registry.processing.segments.sealed-reports=2",
            "--registry.processing.token-claim-interval=1s",
            "--registry.processing.claim-timeout=5s"};
    /** The projections a rebuild makes, whose applied events both instances count. */
    private static final List<String> PROJECTIONS = List.of("guidance-views", "audit-trail-v2", "dashboards",
            "compliance");
    /** The processors the instances share out. */
    private static final Set<String> SHARED = Set.of("guidance-views", "audit-trail-v2", "dashboards", "compliance",
            "sealed-reports");
    /**
     * Two applications, a store and the test share two cores: compiling hot code a second time with C2 costs more CPU
     * than these short runs win back, and one collector thread per JVM is enough.
     */
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int CASES_PER_HOUSE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private static RegistryProcesses processes;
    private static Application first;
    private static Application second;
    private static LogAndViews store;
    private static final AtomicInteger sent = new AtomicInteger();
    private static final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private static final List<Case> cases = new ArrayList<>();
    private static Map<String, Long> appliedBySecondBeforeItWasKilled;

    private record Case(String caseId, String house, String adviser, String cvr, boolean longGuidance) {
    }

    private static String[] settings(String instanceId) {
        List<String> arguments = new ArrayList<>(List.of(SETTINGS));
        arguments.add("--registry.processing.instance-id=" + instanceId);
        return arguments.toArray(String[]::new);
    }

    @BeforeAll
    static void startTheStoreAndTwoInstances() {
        processes = new RegistryProcesses(directory);
        String storeUri = processes.startStore();
        first = processes.application(FIRST, JVM, settings(FIRST));
        second = processes.application(SECOND, JVM, settings(SECOND));
        first.launch();
        second.launch();
        first.awaitReady();
        second.awaitReady();
        store = new LogAndViews(storeUri);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (store != null) {
            store.close();
        }
        if (processes != null) {
            processes.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesTakeCommandsAndShareTheProjectionsWithoutApplyingAnEventTwice() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> owners().containsAll(Set.of(FIRST, SECOND)));
        for (int n = 0; n < CASES_PER_HOUSE; n++) {
            // The first two companies are guided by both houses: their company views gather both houses' cases.
            cases.add(new Case("fyn-" + n, "FYN", "adviser.fyn", TestCompanies.cvr(n), n % 3 == 0));
            cases.add(new Case("hov-" + n, "HOVEDSTADEN", "adviser.hovedstaden",
                    TestCompanies.cvr(n < 2 ? n : CASES_PER_HOUSE + n), n % 3 == 1));
        }
        runConcurrently(cases, ScaleOutIT::wholeCase);
        awaitQuiet();

        JsonNode atFirst = status(first);
        JsonNode atSecond = status(second);
        Map<String, Set<String>> owners = ownersByProcessor();
        List<LogAndViews.Commit> commits = store.commits();
        LogAndViews.Rebuild rebuild = store.rebuild();
        Map<String, List<Document>> views = store.views(LogAndViews.ALL_VIEWS);
        Map<String, List<Document>> rebuilt = rebuild.views(LogAndViews.ALL_VIEWS);
        Map<String, Long> summed = sum(applied(atFirst), applied(atSecond));
        System.out.printf("Scale-out: %d commands sent to two instances alternately, %d accepted; log %d events; "
                        + "segments held: %s by %s, %s by %s; token owners %s; events applied %s + %s = %s, a rebuild "
                        + "applies %s; views equal a rebuild: %s (%s)%n",
                sent.get(), accepted.size(), store.head(), claimed(atFirst), FIRST, claimed(atSecond), SECOND, owners,
                applied(atFirst), applied(atSecond), summed, rebuild.appliedEvents(), views.equals(rebuilt),
                LogAndViews.sizes(views));

        assertThat(accepted).hasSize(sent.get());
        assertThat(owners.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .contains(FIRST, SECOND);
        assertThat(claimed(atFirst)).as("segments %s holds", FIRST).isNotEmpty();
        assertThat(claimed(atSecond)).as("segments %s holds", SECOND).isNotEmpty();
        assertThat(store.tokens().stream().filter(token -> token.processor().equals("guidance-views")))
                .as("the case and company views' segments").hasSize(4);
        assertEveryAcceptedCommandIsInTheLogOnce(commits);
        assertThat(views).isEqualTo(rebuilt);
        for (String projection : PROJECTIONS) {
            assertThat(summed.getOrDefault(projection, 0L)).as("events %s applied on both instances", projection)
                    .isPositive()
                    .isEqualTo(rebuild.appliedEvents().get(projection));
        }
        assertBothInstancesAnswerTheSame();
        appliedBySecondBeforeItWasKilled = applied(atSecond);
    }

    @Test
    @Order(2)
    void whenOneInstanceIsKilledTheOtherTakesOverItsSegmentsAndCatchesUp() throws Exception {
        assertThat(appliedBySecondBeforeItWasKilled).as("the first test ran").isNotNull();
        Set<String> heldBySecond = ownersByProcessor().entrySet().stream()
                .filter(entry -> entry.getValue().contains(SECOND)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        second.kill();

        List<Case> more = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            more.add(new Case("fyn-late-" + n, "FYN", "adviser.fyn", TestCompanies.cvr(40 + n), false));
            more.add(new Case("hov-late-" + n, "HOVEDSTADEN", "adviser.hovedstaden", TestCompanies.cvr(50 + n), n == 0));
        }
        runConcurrently(more, this::shortCaseThroughTheFirst);
        cases.addAll(more);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> store.tokens().stream().filter(token -> SHARED.contains(token.processor()))
                        .allMatch(token -> FIRST.equals(token.owner())));
        awaitQuiet();

        JsonNode atFirst = status(first);
        List<LogAndViews.Commit> commits = store.commits();
        LogAndViews.Rebuild rebuild = store.rebuild();
        Map<String, List<Document>> views = store.views(LogAndViews.ALL_VIEWS);
        Map<String, List<Document>> rebuilt = rebuild.views(LogAndViews.ALL_VIEWS);
        Map<String, Long> summed = sum(applied(atFirst), appliedBySecondBeforeItWasKilled);
        System.out.printf("Scale-out, kill -9 of %s (which held %s): %s now holds %s; log %d events; events applied "
                        + "%s + %s = %s, a rebuild applies %s; views equal a rebuild: %s (%s)%n",
                SECOND, heldBySecond, FIRST, claimed(atFirst), store.head(), applied(atFirst),
                appliedBySecondBeforeItWasKilled, summed, rebuild.appliedEvents(), views.equals(rebuilt),
                LogAndViews.sizes(views));

        assertThat(heldBySecond).as("what %s held", SECOND).isNotEmpty();
        assertThat(accepted).hasSize(sent.get());
        for (JsonNode processor : atFirst.get("processors")) {
            assertThat(processor.get("claimedSegments")).as("segments of %s held by %s", processor.get("processor"),
                    FIRST).hasSize(processor.get("segments").asInt());
        }
        assertEveryAcceptedCommandIsInTheLogOnce(commits);
        assertThat(views).isEqualTo(rebuilt);
        for (String projection : PROJECTIONS) {
            assertThat(summed.getOrDefault(projection, 0L)).as("events %s applied on both instances", projection)
                    .isEqualTo(rebuild.appliedEvents().get(projection));
        }
    }

    // ---- commands

    private interface Script {
        void run(Case guidanceCase) throws Exception;
    }

    private static void runConcurrently(List<Case> work, Script script) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Case guidanceCase : work) {
                running.add(pool.submit(() -> {
                    script.run(guidanceCase);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A case from opening to evaluation, each command to the other instance than the one before. */
    private static void wholeCase(Case c) throws Exception {
        LocalDate today = LocalDate.now(COPENHAGEN);
        String hours = c.longGuidance() ? "6.0" : "1.5";
        send(next(), c, "openGuidanceCase", "OpenGuidanceCaseInput", "{\"caseId\":\"" + c.caseId() + "\",\"house\":\""
                + c.house() + "\",\"office\":\"HEAD_OFFICE\",\"cvr\":\"" + c.cvr() + "\",\"pNumber\":\"1012345678\","
                + "\"foundedOn\":\"2023-02-01\",\"segment\":\"GROWTH\",\"themes\":[\"CAPITAL\"],\"openedOn\":\""
                + today.minusDays(90) + "\"");
        for (int m = 0; m < 4; m++) {
            send(next(), c, "recordGuidanceMeeting", "RecordGuidanceMeetingInput", "{\"caseId\":\"" + c.caseId()
                    + "\",\"meetingId\":\"" + c.caseId() + "-m" + m + "\",\"form\":\"DIGITAL\",\"hours\":\"" + hours
                    + "\",\"themes\":[\"CAPITAL\"],\"heldOn\":\"" + today.minusDays(60 - m) + "\"");
        }
        send(next(), c, "referCompany", "ReferCompanyInput", "{\"caseId\":\"" + c.caseId()
                + "\",\"partner\":\"EIFO\",\"referredOn\":\"" + today.minusDays(50) + "\"");
        send(next(), c, "correctGuidanceMeeting", "CorrectGuidanceMeetingInput", "{\"caseId\":\"" + c.caseId()
                + "\",\"meetingId\":\"" + c.caseId() + "-m0\",\"adviserId\":\"" + c.adviser()
                + "\",\"form\":\"PHYSICAL\",\"hours\":\"2.0\",\"themes\":[\"CAPITAL\"],\"heldOn\":\""
                + today.minusDays(60) + "\",\"reason\":\"hours were wrong\"");
        send(next(), c, "closeGuidanceCase", "CloseGuidanceCaseInput", "{\"caseId\":\"" + c.caseId()
                + "\",\"closedOn\":\"" + today.minusDays(20) + "\"");
        send(next(), c, "recordUserEvaluation", "RecordUserEvaluationInput", "{\"caseId\":\"" + c.caseId()
                + "\",\"recommendScore\":9,\"referralUsed\":true,\"receivedOn\":\"" + today.minusDays(10) + "\"");
    }

    /** A case opened and met twice, through the first instance only. */
    private void shortCaseThroughTheFirst(Case c) throws Exception {
        LocalDate today = LocalDate.now(COPENHAGEN);
        send(first, c, "openGuidanceCase", "OpenGuidanceCaseInput", "{\"caseId\":\"" + c.caseId() + "\",\"house\":\""
                + c.house() + "\",\"office\":\"HEAD_OFFICE\",\"cvr\":\"" + c.cvr() + "\",\"pNumber\":\"1012345678\","
                + "\"foundedOn\":\"2024-05-01\",\"segment\":\"OPERATIONS\",\"themes\":[\"CAPITAL\"],\"openedOn\":\""
                + today.minusDays(30) + "\"");
        for (int m = 0; m < 2; m++) {
            send(first, c, "recordGuidanceMeeting", "RecordGuidanceMeetingInput", "{\"caseId\":\"" + c.caseId()
                    + "\",\"form\":\"DIGITAL\",\"hours\":\"" + (c.longGuidance() ? "12.0" : "2.0")
                    + "\",\"themes\":[\"CAPITAL\"],\"heldOn\":\"" + today.minusDays(20 - m) + "\"");
        }
    }

    private static Application next() {
        return sent.get() % 2 == 0 ? first : second;
    }

    /** Sends one mutation, named by a command id of its own; fails unless it is accepted. */
    private static void send(Application to, Case c, String field, String inputType, String inputWithoutCommandId)
            throws Exception {
        String commandId = "cmd-" + sent.incrementAndGet();
        String query = "mutation($input: " + inputType + "!) { " + field + "(input: $input) { commandId } }";
        String body = "{\"query\":" + RegistryProcesses.quote(query) + ",\"variables\":{\"input\":"
                + inputWithoutCommandId + ",\"commandId\":\"" + commandId + "\"}}}";
        String answer = to.graphQl(c.adviser(), body);
        assertThat(answer).as("%s of %s through %s", field, c.caseId(), to.name()).doesNotContain("\"errors\"")
                .contains(commandId);
        accepted.add(commandId);
    }

    // ---- what the store and the instances say

    /** Waits until every processor's tokens are at the log's head, twice in a row with the same head. */
    private static void awaitQuiet() {
        long[] caughtUpAt = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long head = store.head();
            boolean caughtUp = store.processorsCaughtUp() && store.head() == head;
            boolean quiet = caughtUp && caughtUpAt[0] == head;
            caughtUpAt[0] = caughtUp ? head : -1;
            return quiet;
        });
    }

    private static Set<String> owners() {
        return store.tokens().stream().map(LogAndViews.Token::owner).filter(owner -> owner != null)
                .collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> ownersByProcessor() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (LogAndViews.Token token : store.tokens()) {
            owners.computeIfAbsent(token.processor(), p -> new TreeSet<>())
                    .add(token.owner() == null ? "(none)" : token.owner());
        }
        return owners;
    }

    private static JsonNode status(Application instance) throws Exception {
        return JSON.readTree(instance.get("admin", "/actuator/processing"));
    }

    private static Map<String, Long> applied(JsonNode status) {
        Map<String, Long> applied = new TreeMap<>();
        status.get("appliedEvents").fields().forEachRemaining(entry -> applied.put(entry.getKey(),
                entry.getValue().asLong()));
        return applied;
    }

    private static Map<String, List<Integer>> claimed(JsonNode status) {
        Map<String, List<Integer>> claimed = new LinkedHashMap<>();
        for (JsonNode processor : status.get("processors")) {
            List<Integer> segments = new ArrayList<>();
            processor.get("claimedSegments").forEach(segment -> segments.add(segment.asInt()));
            if (!segments.isEmpty()) {
                claimed.put(processor.get("processor").asText(), segments);
            }
        }
        return claimed;
    }

    @SafeVarargs
    private static Map<String, Long> sum(Map<String, Long>... counts) {
        Map<String, Long> sum = new TreeMap<>();
        for (Map<String, Long> count : counts) {
            count.forEach((projection, events) -> sum.merge(projection, events, Long::sum));
        }
        return sum;
    }

    private static void assertEveryAcceptedCommandIsInTheLogOnce(List<LogAndViews.Commit> commits) {
        LogAndViews.assertWhole(commits);
        Map<String, Long> commitsPerCommand = LogAndViews.commitsPerCommand(commits);
        Map<String, Long> caseCommitsPerCommand = LogAndViews.caseCommitsPerCommand(commits);
        for (String commandId : accepted) {
            assertThat(commitsPerCommand.get(commandId)).as("commits recording %s", commandId).isEqualTo(1L);
            assertThat(caseCommitsPerCommand.get(commandId)).as("case commits of %s", commandId).isEqualTo(1L);
        }
        assertThat(LogAndViews.duplicateEventIds(commits)).isZero();
    }

    private static void assertBothInstancesAnswerTheSame() throws Exception {
        for (Case c : cases) {
            String query = "{ guidanceCase(id: \"" + c.caseId() + "\") { caseId status totalHours "
                    + "evaluationSelection { hoursAtSelection } meetings { meetingId hours status } lastRecordedAt } }";
            String atFirst = first.graphQl(c.adviser(), query);
            assertThat(atFirst).contains(c.caseId()).doesNotContain("\"errors\"");
            assertThat(second.graphQl(c.adviser(), query)).as("%s at both instances", c.caseId()).isEqualTo(atFirst);
        }
        int year = LocalDate.now(COPENHAGEN).getYear();
        for (String house : List.of("FYN", "HOVEDSTADEN")) {
            String query = "{ dashboard(house: " + house + ", year: " + year + ") { house year goals { goalId actual "
                    + "target met counts { counted numerator denominator respondents } } } }";
            String atFirst = first.graphQl("analyst", query);
            assertThat(atFirst).doesNotContain("\"errors\"");
            assertThat(second.graphQl("analyst", query)).as("%s's dashboard at both instances", house)
                    .isEqualTo(atFirst);
        }
    }
}
