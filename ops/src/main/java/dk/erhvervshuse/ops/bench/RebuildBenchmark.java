package dk.erhvervshuse.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.store.CommitDocuments;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.ops.history.RealisticHistory;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import dk.erhvervshuse.query.rebuild.DashboardBuildRunner;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilding every dashboard from the log, measured against a raw driver scan in the same run (issue: a new
 * definition set is recomputed from the unchanged log while the live dashboards keep serving):
 * <ol>
 *     <li>a realistic history ({@link RealisticHistory}, seed 42) of {@code bench.events} events (default
 *     1,000,000) is appended to the embedded store;</li>
 *     <li>{@code bench.runs} times, alternating: the first tenth of the log rebuilt by a bounded dashboard build
 *     ({@link DashboardBuildRunner}: its own pooled processor, its own collections), and the same tenth read
 *     raw: the plain driver reads the commits by {@code _id $in} windows, decodes and deserializes them and hands
 *     them to the same projection code in batches of the same size, one bulk write per collection per batch;</li>
 *     <li>the whole log read raw into v1's collections (the live dashboards), their query latency timed idle,
 *     then the whole log rebuilt under v2 by an unbounded build while a reader times the same v1 queries.</li>
 * </ol>
 * Reports the rebuild ÷ raw throughput (target ≥ 0.8), time for the whole ÷ 10 × time for a tenth (target
 * ≤ 1.05), the build's token size and the application's peak live heap at a tenth and at the whole (flat; the
 * store runs in a JVM of its own, {@link StoreProcess}), and the live query latency during the rebuild ÷ idle
 * (target ≤ 1.5). Run with
 * {@code ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.RebuildBenchmark}.
 */
public final class RebuildBenchmark {

    private static final int BATCH = Integer.getInteger("bench.batch", 500);
    private static final int WINDOW = 1000;
    private static final int LATENCY_QUERIES = 2000;
    /** The store's JVM heap and page cache: the database's memory, kept apart from the application's. */
    private static final String STORE_HEAP = System.getProperty("bench.store.heap", "6g");
    private static final int STORE_CACHE_MEGABYTES = Integer.getInteger("bench.store.cache", 2048);

    private final MongoDatabase database;
    private final Serializer serializer = EventSerialization.jacksonSerializer();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private RebuildBenchmark(MongoDatabase database) {
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.events", 1_000_000L);
        int runs = Integer.getInteger("bench.runs", 3);
        Path output = Path.of(System.getProperty("bench.output", "target/rebuild-benchmark.md"));
        Path data = Files.createTempDirectory("rebuild-benchmark");
        try (StoreProcess store = StoreProcess.start(data, STORE_HEAP, STORE_CACHE_MEGABYTES);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("benchmark");
            Serializer serializer = EventSerialization.jacksonSerializer();
            CommitLogStorageEngine engine = CommitLogStorageEngine.builder()
                    .database(database).eventSerializer(serializer).snapshotSerializer(serializer)
                    .batchSize(WINDOW).build();
            long appendStart = System.nanoTime();
            long appended = new RealisticHistory(RealisticHistory.Options.defaults()).appendUntil(engine, events);
            long head = engine.headPosition();
            double appendSeconds = seconds(appendStart);
            System.out.printf(Locale.ROOT, "appended %,d events (head %,d) in %.0f s%n", appended, head, appendSeconds);

            Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                    .configureSerializer(c -> serializer)
                    .configureEventSerializer(c -> serializer)
                    .configureEmbeddedEventStore(c -> engine)
                    .buildConfiguration();
            axon.start();
            TokenStore tokens = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "benchmark").build())
                    .serializer(serializer).build();
            DashboardBuildRunner builds = new DashboardBuildRunner(database, axon.eventStore(), tokens, null,
                    Clock.systemUTC(), BATCH, name -> Optional.empty());
            builds.start();
            try {
                String report = new RebuildBenchmark(database).run(builds, head, runs, appended, appendSeconds);
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, report);
                System.out.println();
                System.out.println(report);
                System.out.println("written to " + output.toAbsolutePath());
            } finally {
                builds.stop();
                axon.shutdown();
            }
        } finally {
            deleteQuietly(data);
        }
    }

    private String run(DashboardBuildRunner builds, long head, int runs, long appended, double appendSeconds) {
        long tenth = head / 10;
        List<Double> tenthRebuildSeconds = new ArrayList<>();
        List<Double> tenthRawSeconds = new ArrayList<>();
        List<Double> tenthRatios = new ArrayList<>();
        long tenthToken = 0;
        long tenthPeakHeap = 0;
        for (int run = 1; run <= runs; run++) {
            HeapPeak rawPeak = HeapPeak.start(memory);
            double raw = rawScan(DefinitionSets.V2, new DashboardNamespace("v2", "raw_" + run + "_"), tenth);
            rawPeak.stop();
            drop(new DashboardNamespace("v2", "raw_" + run + "_"));
            HeapPeak peak = HeapPeak.start(memory);
            Timed rebuilt = rebuild(builds, BuildBound.upToPosition(tenth), tenth);
            tenthPeakHeap = Math.max(tenthPeakHeap, peak.stop());
            tenthToken = tokenBytes(rebuilt.build());
            // the monitor marks the build complete at its next check, after which it can be retired
            while (builds.build(rebuilt.build().id()).orElseThrow().status() != BuildStatus.COMPLETE) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            builds.retire(rebuilt.build().id(), "benchmark");
            tenthRebuildSeconds.add(rebuilt.seconds());
            tenthRawSeconds.add(raw);
            tenthRatios.add(raw / rebuilt.seconds());
            System.out.printf(Locale.ROOT, "run %d, first %,d events: rebuild %.1f s, raw scan %.1f s, rebuild ÷ raw "
                    + "throughput %.2f%n", run, tenth, rebuilt.seconds(), raw, raw / rebuilt.seconds());
        }

        HeapPeak rawPeak = HeapPeak.start(memory);
        double rawWhole = rawScan(DefinitionSets.V1, DashboardNamespace.V1, head);
        rawPeak.stop();
        System.out.printf(Locale.ROOT, "raw scan of %,d events into v1: %.1f s%n", head, rawWhole);
        DashboardQueries live = new MongoDashboardQueries(database);
        // Idle is timed before the rebuild and again after it: the store settles the scan's writes (its periodic
        // commit and compaction) for a while after the scan, and one window alone would time that instead.
        List<Double> idle = new ArrayList<>(latencies(live, LATENCY_QUERIES, () -> false));
        System.out.printf(Locale.ROOT, "v1 dashboard idle, before the rebuild: median %.3f ms%n", median(idle));

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Double> during = new ArrayList<>();
        Thread reader = new Thread(() -> during.addAll(latencies(live, Integer.MAX_VALUE, () -> !rebuilding.get())),
                "live-dashboard-reader");
        HeapPeak peak = HeapPeak.start(memory);
        reader.start();
        Timed whole = rebuild(builds, BuildBound.NONE, head);
        rebuilding.set(false);
        joinQuietly(reader);
        long wholePeakHeap = peak.stop();
        long wholeToken = tokenBytes(whole.build());
        System.out.printf(Locale.ROOT, "rebuild of %,d events under v2: %.1f s; v1 during: median %.3f ms over %,d "
                + "queries%n", head, whole.seconds(), median(during), during.size());
        List<Double> idleAfter = latencies(live, LATENCY_QUERIES, () -> false);
        System.out.printf(Locale.ROOT, "v1 dashboard idle, after the rebuild: median %.3f ms%n", median(idleAfter));
        idle.addAll(idleAfter);

        double rebuildRate = head / whole.seconds();
        double rawRate = head / rawWhole;
        double scaling = whole.seconds() / (10 * median(tenthRebuildSeconds));
        double latencyRatio = median(during) / median(idle);
        return String.format(Locale.ROOT, """
                        ## Dashboard rebuild: a definition set rebuilt from the whole log

                        ```
                        ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.RebuildBenchmark
                        ```
                        (`-Dbench.events=1000000 -Dbench.runs=3 -Dbench.batch=500 -Dbench.store.heap=6g -Dbench.store.cache=2048`)

                        Run of %s: %d cores, JDK %s, %s %s, embedded MongoDB (mongo-java-server, H2 backend on disk)
                        in a JVM of its own (heap %s, page cache %d MB), the application in another. Log: %,d events
                        appended in %.0f s. A build reads batches of %d events.
                        %d runs of the first tenth, alternating build and raw scan; one run of the whole.

                        | measure | figure |
                        |---|---|
                        | first tenth (%,d events): rebuild through a bounded build, median | %.1f s |
                        | first tenth: raw driver scan, same projection code, one bulk write per batch, median | %.1f s |
                        | first tenth: rebuild ÷ raw throughput, median of per-run ratios (%s) | %.2f |
                        | whole log (%,d events): rebuild of every dashboard under v2 | %.1f s (%,.0f events/s) |
                        | whole log: raw driver scan into v1 | %.1f s (%,.0f events/s) |
                        | **whole log: rebuild ÷ raw throughput** (target ≥ 0.8) | **%.2f** |
                        | **time for the whole ÷ 10 × time for a tenth** (target ≤ 1.05) | **%.2f** |
                        | build's token in the token store: at a tenth / at the whole | %d / %d bytes |
                        | application's peak live heap during a build (after a full collection every 5 s; store apart): at a tenth / at the whole | %d / %d MB |
                        | live v1 dashboard query, idle (before and after the rebuild): median (p95) over %,d queries | %.3f ms (%.3f ms) |
                        | live v1 dashboard query during the whole rebuild: median (p95) over %,d queries | %.3f ms (%.3f ms) |
                        | **live latency during the rebuild ÷ idle** (medians; target ≤ 1.5) | **%.2f** |

                        These are embedded-store figures on a shared machine; they say nothing about durability.
                        """, Instant.now().toString().substring(0, 10), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                STORE_HEAP, STORE_CACHE_MEGABYTES, appended, appendSeconds, BATCH, runs, tenth, median(tenthRebuildSeconds), median(tenthRawSeconds),
                tenthRatios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), median(tenthRatios),
                head, whole.seconds(), rebuildRate, rawWhole, rawRate, rebuildRate / rawRate, scaling,
                tenthToken, wholeToken, tenthPeakHeap / (1024 * 1024), wholePeakHeap / (1024 * 1024),
                idle.size(), median(idle), percentile(idle, 95), during.size(), median(during),
                percentile(during, 95), latencyRatio);
    }

    private record Timed(DashboardBuildView build, double seconds) {
    }

    /** Starts a build of v2 and times it until its processor has handled position {@code until}. */
    private Timed rebuild(DashboardBuildRunner builds, BuildBound bound, long until) {
        long start = System.nanoTime();
        DashboardBuildView build = builds.start("v2", bound, "benchmark");
        while (builds.build(build.id()).orElseThrow().progress().eventsDone() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        double seconds = seconds(start);
        return new Timed(builds.build(build.id()).orElseThrow(), seconds);
    }

    /**
     * The first {@code until} positions read with the plain driver by {@code _id $in} windows, decoded and
     * deserialized, and handed to a projection of {@code definitions} in batches of {@link #BATCH}.
     */
    private double rawScan(DefinitionSet definitions, DashboardNamespace namespace, long until) {
        DashboardProjection projection = new DashboardProjection(database, definitions, namespace, null);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        MongoCollection<Document> commits = database.getCollection("event_log");
        long start = System.nanoTime();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        long next = 1;
        while (next <= until) {
            List<Long> window = new ArrayList<>(WINDOW);
            for (long p = next; p < next + WINDOW; p++) {
                window.add(p);
            }
            Map<Long, Document> found = new HashMap<>();
            for (Document document : commits.find(Filters.in("_id", window))) {
                found.put(((Number) document.get("_id")).longValue(), document);
            }
            Document document;
            boolean any = false;
            while (next <= until && (document = found.get(next)) != null) {
                any = true;
                StoredCommit commit = CommitDocuments.fromDocument(document);
                long position = commit.position();
                for (StoredEvent event : commit.events()) {
                    if (position <= until) {
                        batch.add(message(commit, event, position));
                        if (batch.size() == BATCH) {
                            deliver(handlers, batch);
                            batch.clear();
                        }
                    }
                    position++;
                }
                next = commit.position() + commit.events().size();
            }
            if (!any) {
                break;
            }
        }
        if (!batch.isEmpty()) {
            deliver(handlers, batch);
        }
        return seconds(start);
    }

    private TrackedEventMessage<?> message(StoredCommit commit, StoredEvent event, long position) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(event.payload(), String.class,
                new SimpleSerializedType(event.payloadType(), event.payloadRevision())));
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(event.metadata(), String.class,
                MetaData.class.getName(), null));
        Instant timestamp = Instant.parse(event.timestamp());
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                commit.aggregateType(), commit.aggregateId(), event.sequenceNumber(),
                new GenericMessage<>(event.eventId(), payload, metaData), () -> timestamp);
    }

    private static void deliver(AnnotationEventHandlerAdapter handlers, List<? extends EventMessage<?>> events) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("the raw scan's batch failed", result.exceptionResult());
        }
    }

    private void drop(DashboardNamespace namespace) {
        namespace.collections().forEach(collection -> database.getCollection(collection).drop());
    }

    private long tokenBytes(DashboardBuildView build) {
        Document token = database.getCollection("trackingtokens")
                .find(Filters.eq("processorName", "dashboard-build-" + build.id())).first();
        if (token == null) {
            return -1;
        }
        return new RawBsonDocument(token, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
    }

    /** Times {@code dashboard(house, 2025)} queries, the houses in turn, until {@code enough} or the count. */
    private static List<Double> latencies(DashboardQueries dashboards, int count,
                                          java.util.function.BooleanSupplier enough) {
        List<Double> millis = new ArrayList<>();
        House[] houses = House.values();
        for (int i = 0; i < count && !enough.getAsBoolean(); i++) {
            long start = System.nanoTime();
            dashboards.dashboard(houses[i % houses.length], 2025);
            millis.add((System.nanoTime() - start) / 1e6);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return millis;
    }

    /**
     * The highest heap in use right after a full collection, forced every {@link #EVERY} between start and stop: the
     * live data the application holds, which the heap left after an ordinary young collection is not (old garbage
     * stays there until a concurrent cycle, and more of it the longer a run). The store runs in a JVM of its own
     * ({@link StoreProcess}), so this is the application's alone.
     */
    private static final class HeapPeak {
        private static final Duration EVERY = Duration.ofSeconds(5);
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean stopped;

        private HeapPeak(MemoryMXBean memory) {
            this.memory = memory;
            this.sampler = new Thread(this::sample, "live-heap-sampler");
            this.sampler.setDaemon(true);
        }

        static HeapPeak start(MemoryMXBean memory) {
            HeapPeak peak = new HeapPeak(memory);
            peak.sampler.start();
            return peak;
        }

        private void sample() {
            while (!stopped) {
                LockSupport.parkNanos(EVERY.toNanos());
                if (!stopped) {
                    record();
                }
            }
        }

        private void record() {
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        /** The peak live heap; one more reading is taken at the stop, so a short build has one too. */
        long stop() {
            stopped = true;
            LockSupport.unpark(sampler);
            joinQuietly(sampler);
            record();
            return peak.get();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
