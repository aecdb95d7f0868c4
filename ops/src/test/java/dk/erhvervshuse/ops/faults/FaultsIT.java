package dk.erhvervshuse.ops.faults;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.command.guidance.GuidanceCase;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.ops.processes.LogAndViews;
import dk.erhvervshuse.ops.processes.RegistryProcesses;
import dk.erhvervshuse.ops.processes.TestCompanies;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults, with the store and the application each a process of its own, and the log and views read straight
 * from the store afterwards.
 * <ol>
 *     <li><b>Races.</b> 64 threads send conflicting commands (meetings, corrections, withdrawals, registration
 *     corrections, closings) on a handful of cases, half through the application's GraphQL API and half through a
 *     second writer in this JVM (its own Axon and storage engine on the same store, as a second instance of the
 *     application would be): every accepted command's events are in the log once, every conflicted or rejected one
 *     left nothing, positions stay gap-free, and the case views and dashboards equal a rebuild from the log.</li>
 *     <li><b>Crash.</b> The application is killed with {@code kill -9} (SIGKILL: no shutdown hook, no flush)
 *     while advisers' clients stream meetings at it; it is started again, the clients retry what was never
 *     acknowledged (same command ids); no acknowledged command's events are missing, none is in the log twice,
 *     and once the processors have caught up the views equal a rebuild from the log.</li>
 * </ol>
 * Only the application is killed, never the store: the embedded store writes to disk about once a second, so the
 * acknowledged writes survive here because the store process keeps them in memory. This shows what the
 * application's crash loses (nothing acknowledged) and how it recovers, not the store's durability, of which it
 * claims nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int CASES = 4;
    private static final String ADVISER = "adviser.fyn";

    @TempDir
    static Path directory;

    private static RegistryProcesses processes;
    private static String storeUri;
    private static LogAndViews store;
    private static final List<String> caseIds = new ArrayList<>();

    @BeforeAll
    static void startStoreAndApplication() {
        processes = new RegistryProcesses(directory);
        storeUri = processes.startStore();
        processes.startApplication();
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

    private static LocalDate today() {
        return LocalDate.now(COPENHAGEN);
    }

    static String cvr(int n) {
        return TestCompanies.cvr(n);
    }

    /** Sends a mutation as the adviser: "accepted", "conflicted" (a concurrent change) or "rejected". */
    private static String send(String field, String inputType, String inputJson) throws Exception {
        String query = "mutation($input: " + inputType + "!) { " + field + "(input: $input) { commandId alreadyApplied } }";
        String body = "{\"query\":" + RegistryProcesses.quote(query) + ",\"variables\":{\"input\":" + inputJson + "}}";
        String answer = processes.graphQl(ADVISER, body);
        if (answer.contains("\"errors\"")) {
            return answer.contains("concurrentChange") ? "conflicted" : "rejected";
        }
        return answer.contains("\"commandId\"") ? "accepted" : "rejected";
    }

    private static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":");
            if (value instanceof List<?> list) {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    json.append(i > 0 ? "," : "").append('"').append(list.get(i)).append('"');
                }
                json.append(']');
            } else {
                json.append('"').append(value).append('"');
            }
        });
        return json.append('}').toString();
    }

    private static Configuration secondWriter(String storeUri) {
        var client = com.mongodb.client.MongoClients.create(storeUri);
        CommitLogStorageEngine engine = CommitLogStorageEngine.builder()
                .database(client.getDatabase(LogAndViews.DATABASE))
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(Clock.class, c -> Clock.system(COPENHAGEN))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(GuidanceCase.class))
                .buildConfiguration();
        axon.start();
        return axon;
    }

    @Test
    @Order(1)
    void conflictingCommandsFrom64ThreadsLoseAndDuplicateNothing() throws Exception {
        for (int c = 0; c < CASES; c++) {
            String caseId = "race-case-" + c;
            caseIds.add(caseId);
            assertThat(send("openGuidanceCase", "OpenGuidanceCaseInput", json(Map.of("caseId", caseId,
                    "house", "FYN", "office", "HEAD_OFFICE", "cvr", cvr(c), "pNumber", "1012345678",
                    "foundedOn", "2023-02-01", "segment", "GROWTH", "themes", List.of("CAPITAL"),
                    "openedOn", today().minusDays(60).toString(), "commandId", "open-" + caseId)))).isEqualTo("accepted");
        }
        Configuration writer = secondWriter(storeUri);
        Map<String, List<String>> meetings = new ConcurrentHashMap<>();
        caseIds.forEach(caseId -> meetings.put(caseId, new CopyOnWriteArrayList<>()));
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        int threads = 64;
        int commandsEach = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                Random random = new Random(thread);
                boolean throughApi = thread % 2 == 0;
                start.await();
                for (int i = 0; i < commandsEach; i++) {
                    String caseId = caseIds.get(random.nextInt(CASES));
                    String commandId = "race-" + thread + "-" + i;
                    int kind = random.nextInt(100);
                    List<String> known = meetings.get(caseId);
                    String meetingId = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
                    Object command;
                    if (kind < 45 || meetingId == null) {
                        meetingId = "m-" + commandId;
                        command = new RecordGuidanceMeeting(caseId, meetingId, ADVISER, MeetingForm.DIGITAL,
                                new BigDecimal("0.20"), List.of(Theme.CAPITAL), today().minusDays(5));
                        known.add(meetingId);
                    } else if (kind < 70) {
                        command = new CorrectGuidanceMeeting(caseId, meetingId, ADVISER, MeetingForm.PHYSICAL,
                                new BigDecimal("0.30"), List.of(Theme.CAPITAL), today().minusDays(4), "hours were wrong");
                    } else if (kind < 85) {
                        command = new WithdrawGuidanceMeeting(caseId, meetingId, "recorded twice");
                    } else if (kind < 97) {
                        command = new CorrectCaseRegistration(caseId, null, null, null,
                                random.nextBoolean() ? Segment.OPERATIONS : Segment.GROWTH, null, "segment was wrong");
                    } else {
                        command = new CloseGuidanceCase(caseId, today().minusDays(1));
                    }
                    String outcome;
                    try {
                        outcome = throughApi ? viaApi(command, commandId) : viaWriter(writer, command, commandId);
                    } catch (java.io.IOException noAnswer) {
                        outcome = "unanswered";
                    }
                    outcomes.put(commandId, outcome);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : work) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        writer.shutdown();

        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(store::processorsCaughtUp);
        List<LogAndViews.Commit> commits = store.commits();
        LogAndViews.assertWhole(commits);
        Map<String, Long> commitsPerCommand = LogAndViews.commitsPerCommand(commits);
        Map<String, Long> eventsPerCommand = LogAndViews.caseCommitsPerCommand(commits);
        long accepted = outcomes.values().stream().filter("accepted"::equals).count();
        long conflicted = outcomes.values().stream().filter("conflicted"::equals).count();
        long rejected = outcomes.values().stream().filter("rejected"::equals).count();
        long unanswered = outcomes.values().stream().filter("unanswered"::equals).count();
        long lost = 0;
        long duplicated = 0;
        long leftSomething = 0;
        for (Map.Entry<String, String> outcome : outcomes.entrySet()) {
            long written = commitsPerCommand.getOrDefault(outcome.getKey(), 0L);
            long events = eventsPerCommand.getOrDefault(outcome.getKey(), 0L);
            duplicated += written > 1 || events > 1 ? 1 : 0;
            if (outcome.getValue().equals("accepted")) {
                lost += written == 0 || events == 0 ? 1 : 0;
            } else if (!outcome.getValue().equals("unanswered")) {
                leftSomething += written + events > 0 ? 1 : 0;
            }
        }
        var views = store.views();
        var rebuilt = store.rebuiltFromTheLog();
        System.out.printf("Races: %d threads, %d commands on %d cases (half through GraphQL, half through a second "
                        + "writer): %d accepted, %d conflicted, %d rejected, %d unanswered in time (applied at most once); events lost %d, duplicated %d, left by "
                        + "refused commands %d; log %d events, gap-free; views equal a rebuild: %s (%s)%n",
                threads, outcomes.size(), CASES, accepted, conflicted, rejected, unanswered, lost, duplicated, leftSomething,
                store.head(), views.equals(rebuilt), LogAndViews.sizes(views));
        assertThat(outcomes).hasSize(threads * commandsEach);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(leftSomething).isZero();
        assertThat(LogAndViews.duplicateEventIds(commits)).isZero();
        assertThat(accepted).isPositive();
        assertThat(conflicted + rejected).isPositive();
        assertThat(views).isEqualTo(rebuilt);
    }


    private static String viaApi(Object command, String commandId) throws Exception {
        if (command instanceof RecordGuidanceMeeting m) {
            return send("recordGuidanceMeeting", "RecordGuidanceMeetingInput", json(Map.of("caseId", m.caseId(),
                    "meetingId", m.meetingId(), "form", m.form().name(), "hours", m.hours().toPlainString(),
                    "themes", List.of("CAPITAL"), "heldOn", m.heldOn().toString(), "commandId", commandId)));
        }
        if (command instanceof CorrectGuidanceMeeting m) {
            return send("correctGuidanceMeeting", "CorrectGuidanceMeetingInput", json(Map.of("caseId", m.caseId(),
                    "meetingId", m.meetingId(), "adviserId", ADVISER, "form", m.form().name(),
                    "hours", m.hours().toPlainString(), "themes", List.of("CAPITAL"), "heldOn", m.heldOn().toString(),
                    "reason", m.reason(), "commandId", commandId)));
        }
        if (command instanceof WithdrawGuidanceMeeting m) {
            return send("withdrawGuidanceMeeting", "WithdrawGuidanceMeetingInput", json(Map.of("caseId", m.caseId(),
                    "meetingId", m.meetingId(), "reason", m.reason(), "commandId", commandId)));
        }
        if (command instanceof CorrectCaseRegistration m) {
            return send("correctCaseRegistration", "CorrectCaseRegistrationInput", json(Map.of("caseId", m.caseId(),
                    "segment", m.segment().name(), "reason", m.reason(), "commandId", commandId)));
        }
        CloseGuidanceCase m = (CloseGuidanceCase) command;
        return send("closeGuidanceCase", "CloseGuidanceCaseInput", json(Map.of("caseId", m.caseId(),
                "closedOn", m.closedOn().toString(), "commandId", commandId)));
    }

    private static String viaWriter(Configuration writer, Object command, String commandId) {
        try {
            writer.commandGateway().sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(commandId, command, MetaData.with("userId", ADVISER)),
                    command.getClass().getName()));
            return "accepted";
        } catch (ConcurrencyException e) {
            return "conflicted";
        } catch (CommandRejected | AggregateNotFoundException e) {
            return "rejected";
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof ConcurrencyException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ConcurrencyException) {
                return "conflicted";
            }
            throw e;
        }
    }

    @Test
    @Order(2)
    void killingTheApplicationMidStreamLosesNoAcknowledgedCommand() throws Exception {
        String caseId = "crash-case";
        assertThat(send("openGuidanceCase", "OpenGuidanceCaseInput", json(Map.of("caseId", caseId,
                "house", "FYN", "office", "HEAD_OFFICE", "cvr", cvr(CASES), "pNumber", "1012345678",
                "foundedOn", "2023-02-01", "segment", "OPERATIONS", "themes", List.of("CAPITAL"),
                "openedOn", today().minusDays(60).toString(), "commandId", "open-" + caseId)))).isEqualTo("accepted");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        int clients = 4;
        int perClient = 24;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    String commandId = "crash-" + client + "-" + i;
                    String input = meetingInput(caseId, commandId);
                    sent.incrementAndGet();
                    try {
                        String outcome = send("recordGuidanceMeeting", "RecordGuidanceMeetingInput", input);
                        if (outcome.equals("accepted")) {
                            acknowledged.add(commandId);
                        } else {
                            unanswered.add(commandId);
                        }
                    } catch (Exception noAnswer) {
                        unanswered.add(commandId);
                        if (killed.get()) {
                            break;
                        }
                    }
                }
                return null;
            }));
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.size() >= clients * perClient / 3);
        processes.killApplication();
        killed.set(true);
        int acknowledgedBeforeKill = acknowledged.size();
        for (Future<?> future : work) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        processes.startApplication();
        // The clients retry what they never heard back about, under the same command ids.
        int appliedBeforeTheCrash = 0;
        int appliedNow = 0;
        for (String commandId : unanswered) {
            String[] parts = commandId.split("-");
            String query = "mutation($input: RecordGuidanceMeetingInput!) { recordGuidanceMeeting(input: $input) "
                    + "{ commandId alreadyApplied } }";
            String answer = processes.graphQl(ADVISER, "{\"query\":" + RegistryProcesses.quote(query)
                    + ",\"variables\":{\"input\":" + meetingInput(caseId, commandId) + "}}");
            assertThat(answer).as("retry of %s (%s)", commandId, parts[1]).doesNotContain("\"errors\"");
            if (answer.contains("\"alreadyApplied\":true")) {
                appliedBeforeTheCrash++;
            } else {
                appliedNow++;
            }
            acknowledged.add(commandId);
        }

        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(store::processorsCaughtUp);
        List<LogAndViews.Commit> commits = store.commits();
        LogAndViews.assertWhole(commits);
        Map<String, Long> commitsPerCommand = LogAndViews.commitsPerCommand(commits);
        Map<String, Long> eventsPerCommand = LogAndViews.caseCommitsPerCommand(commits);
        long lost = acknowledged.stream().filter(id -> commitsPerCommand.getOrDefault(id, 0L) == 0
                || eventsPerCommand.getOrDefault(id, 0L) == 0).count();
        long duplicated = acknowledged.stream().filter(id -> commitsPerCommand.getOrDefault(id, 0L) > 1
                || eventsPerCommand.getOrDefault(id, 0L) > 1).count();
        var views = store.views();
        var rebuilt = store.rebuiltFromTheLog();
        System.out.printf("Crash: %d meetings sent by %d clients, %d acknowledged before kill -9, %d unanswered "
                        + "and retried after the restart (%d had been applied before the crash, %d applied now); "
                        + "acknowledged events lost %d, duplicated %d, duplicate event ids %d; log %d events, gap-free; "
                        + "views after catching up equal a rebuild: %s (%s)%n",
                sent.get(), clients, acknowledgedBeforeKill, appliedBeforeTheCrash + appliedNow, appliedBeforeTheCrash,
                appliedNow, lost, duplicated, LogAndViews.duplicateEventIds(commits), store.head(),
                views.equals(rebuilt), LogAndViews.sizes(views));
        assertThat(acknowledgedBeforeKill).isPositive();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(LogAndViews.duplicateEventIds(commits)).isZero();
        assertThat(views).isEqualTo(rebuilt);
    }

    private static String meetingInput(String caseId, String commandId) {
        return json(Map.of("caseId", caseId, "form", "DIGITAL", "hours", "0.10", "themes", List.of("CAPITAL"),
                "heldOn", today().minusDays(3).toString(), "commandId", commandId));
    }
}
