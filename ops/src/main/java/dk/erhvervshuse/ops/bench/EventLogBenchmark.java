package dk.erhvervshuse.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.store.CommitDocuments;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast the event log replays, against what the database itself can deliver.
 * <p>
 * Appends a realistic history (cases opened, meetings, evaluation selections; commits of one to three
 * events) to the embedded server with its H2 backend, then, alternating, several times each:
 * <ul>
 *   <li><b>replay</b>: an Axon pooled streaming processor reads the whole log from the start through
 *       the storage engine and hands every event to a handler;</li>
 *   <li><b>raw read</b>: the plain driver reads the same commit documents with the same access pattern
 *       ({@code _id $in} windows of enumerated positions) and deserializes the same payloads.</li>
 * </ul>
 * Reports medians and the ratio replay ÷ raw (target ≥ 0.5). Run it with
 * {@code ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify} (args: {@code -Dbench.events=100000 -Dbench.runs=5}).
 */
public final class EventLogBenchmark {

    private static final int READ_BATCH = 1000;

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 100_000);
        int runs = Integer.getInteger("bench.runs", 5);
        Path output = Path.of(System.getProperty("bench.output", "target/event-log-benchmark.md"));
        Path data = Files.createTempDirectory("event-log-benchmark");
        Serializer serializer = EventSerialization.jacksonSerializer();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("benchmark");
            CommitLogStorageEngine engine = CommitLogStorageEngine.builder()
                    .database(database).eventSerializer(serializer).snapshotSerializer(serializer)
                    .batchSize(READ_BATCH).build();

            long appendStart = System.nanoTime();
            int appended = appendHistory(engine, events);
            long commits = database.getCollection("event_log").countDocuments();
            double appendSeconds = seconds(appendStart);
            server.flush();
            System.out.printf(Locale.ROOT, "appended %d events in %.1f s (%.0f events/s)%n",
                    appended, appendSeconds, appended / appendSeconds);

            List<Double> replayRates = new ArrayList<>();
            List<Double> rawRates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double raw = rawRead(database.getCollection("event_log"), serializer, appended);
                double replay = replay(engine, serializer, appended);
                rawRates.add(raw);
                replayRates.add(replay);
                System.out.printf(Locale.ROOT, "run %d: replay %.0f events/s, raw read %.0f events/s, ratio %.2f%n",
                        run, replay, raw, replay / raw);
            }
            double replayMedian = median(replayRates);
            double rawMedian = median(rawRates);
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                ratios.add(replayRates.get(i) / rawRates.get(i));
            }
            String report = String.format(Locale.ROOT, """
                            ## Event log: replay through Axon versus a raw driver read
                            Machine: %d cores, JDK %s, embedded MongoDB (mongo-java-server, H2 backend on disk).
                            Log: %d events in %d commits (one to three events each); %d runs, alternating, medians.

                            | measure | median |
                            |---|---|
                            | append (one command's commits, sequential) | %.0f events/s |
                            | replay through a pooled streaming processor | %.0f events/s |
                            | raw driver read, same commits, same `_id $in` windows, same deserialization | %.0f events/s |
                            | **replay ÷ raw read** (median of per-run ratios; target ≥ 0.5) | **%.2f** |
                            | heap used after the runs | %d MB |
                            """,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), appended,
                    commits, runs, appended / appendSeconds, replayMedian, rawMedian, median(ratios),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024));
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, report);
            System.out.println();
            System.out.println(report);
            System.out.println("written to " + output.toAbsolutePath());
        } finally {
            deleteQuietly(data);
        }
    }

    /** Cases of one to three commits: opened; then meetings, a third of them passing 3 hours. */
    private static int appendHistory(CommitLogStorageEngine engine, int target) {
        Random random = new Random(42);
        House[] houses = House.values();
        int written = 0;
        int caseNumber = 0;
        List<String> openCases = new ArrayList<>();
        List<Long> nextSequence = new ArrayList<>();
        while (written < target) {
            if (openCases.size() < 500 || random.nextInt(4) == 0) {
                String caseId = "case-" + (++caseNumber);
                House house = houses[random.nextInt(houses.length)];
                engine.appendEvents(message(caseId, 0, new GuidanceCaseOpened(caseId, house, new Cvr("13748136"),
                        Office.HEAD_OFFICE, new PNumber("1012345678"), LocalDate.of(2022, 1, 1), Segment.GROWTH,
                        List.of(Theme.CAPITAL), LocalDate.of(2025, 1, 2))));
                openCases.add(caseId);
                nextSequence.add(1L);
                written++;
                continue;
            }
            int index = random.nextInt(openCases.size());
            String caseId = openCases.get(index);
            long sequence = nextSequence.get(index);
            var meeting = message(caseId, sequence, new GuidanceMeetingRecorded(caseId, House.FYN,
                    new Cvr("13748136"), "meeting-" + sequence, "adviser-1", MeetingForm.DIGITAL,
                    new BigDecimal("1.50"), List.of(Theme.CAPITAL), LocalDate.of(2025, 2, 3)));
            if (random.nextInt(3) == 0) {
                engine.appendEvents(meeting, message(caseId, sequence + 1, new CaseSelectedForUserEvaluation(caseId,
                        House.FYN, new Cvr("13748136"), new BigDecimal("3.50"), LocalDate.of(2025, 2, 3))));
                nextSequence.set(index, sequence + 2);
                written += 2;
            } else {
                engine.appendEvents(meeting);
                nextSequence.set(index, sequence + 1);
                written++;
            }
        }
        return written;
    }

    private static DomainEventMessage<?> message(String caseId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("GuidanceCase", caseId, sequence, payload,
                MetaData.with("userId", "adviser-1").and("role", "ADVISER").and("correlationId", caseId + sequence));
    }

    /** The whole log through Axon: the storage engine, the embedded event store and a pooled processor. */
    private static double replay(CommitLogStorageEngine engine, Serializer serializer, int expected)
            throws InterruptedException {
        CountingHandler handler = new CountingHandler(expected);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine);
        configurer.eventProcessing()
                .registerTokenStore(c -> new InMemoryTokenStore())
                .registerPooledStreamingEventProcessor("replay", Configuration::eventStore,
                        (c, builder) -> builder.batchSize(READ_BATCH).initialSegmentCount(1))
                .registerEventHandler(c -> handler);
        long start = System.nanoTime();
        Configuration configuration = configurer.start();
        try {
            if (!handler.done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("replay saw " + handler.count + " of " + expected + " events");
            }
            return expected / seconds(start);
        } finally {
            configuration.shutdown();
        }
    }

    /** The same commits with the same access pattern, decoded and deserialized, without Axon in between. */
    private static double rawRead(MongoCollection<Document> commits, Serializer serializer, int expected) {
        long start = System.nanoTime();
        long next = 1;
        long seen = 0;
        long checksum = 0;
        while (true) {
            List<Long> positions = new ArrayList<>(READ_BATCH);
            for (long p = next; p < next + READ_BATCH; p++) {
                positions.add(p);
            }
            java.util.Map<Long, Document> window = new java.util.HashMap<>();
            for (Document document : commits.find(Filters.in("_id", positions))) {
                window.put(((Number) document.get("_id")).longValue(), document);
            }
            Document document;
            boolean any = false;
            while ((document = window.get(next)) != null) {
                any = true;
                StoredCommit commit = CommitDocuments.fromDocument(document);
                for (StoredEvent event : commit.events()) {
                    Object payload = serializer.deserialize(new SimpleSerializedObject<>(event.payload(), String.class,
                            new SimpleSerializedType(event.payloadType(), event.payloadRevision())));
                    MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(event.metadata(),
                            String.class, MetaData.class.getName(), null));
                    checksum += payload.hashCode() + metaData.size();
                    seen++;
                }
                next = commit.lastPosition() + 1;
            }
            if (!any) {
                break;
            }
        }
        if (seen != expected) {
            throw new IllegalStateException("raw read saw " + seen + " of " + expected + " events (" + checksum + ")");
        }
        return expected / seconds(start);
    }

    @ProcessingGroup("replay")
    static final class CountingHandler {
        final AtomicLong count = new AtomicLong();
        final CountDownLatch done = new CountDownLatch(1);
        private final long expected;

        CountingHandler(long expected) {
            this.expected = expected;
        }

        @EventHandler
        void on(Object payload) {
            if (count.incrementAndGet() == expected) {
                done.countDown();
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private EventLogBenchmark() {
    }
}
