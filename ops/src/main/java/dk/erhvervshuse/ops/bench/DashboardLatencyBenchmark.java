package dk.erhvervshuse.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.ops.history.RealisticHistory;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.serialization.Serializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether a dashboard query's latency grows with the history (issue: dashboards are precomputed, so a
 * query is a key look-up). One run: a realistic history ({@link RealisticHistory}, seed 42) is appended until
 * the log holds about 10,000 events, the dashboard projection catches up, and {@code dashboard(house, year)}
 * is timed for every house; then the same history continues to about 1,000,000 events, the projection
 * catches up again, and the same queries are timed again. Reports medians, p95 and the ratio.
 * <p>
 * {@code ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.DashboardLatencyBenchmark}
 * ({@code -Dbench.small=10000 -Dbench.large=1000000 -Dbench.queries=3000}).
 */
public final class DashboardLatencyBenchmark {

    private static final int YEAR = 2025;

    public static void main(String[] args) throws Exception {
        long small = Long.getLong("bench.small", 10_000);
        long large = Long.getLong("bench.large", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 3_000);
        Path output = Path.of(System.getProperty("bench.output", "target/dashboard-latency-benchmark.md"));
        Path data = Files.createTempDirectory("dashboard-benchmark");
        Serializer serializer = EventSerialization.jacksonSerializer();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("benchmark");
            CommitLogStorageEngine log = CommitLogStorageEngine.builder().database(database)
                    .eventSerializer(serializer).snapshotSerializer(serializer).batchSize(1000).build();
            DashboardQueries dashboards = new MongoDashboardQueries(database);
            Configuration projections = projections(log, database, serializer);

            RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults());
            try {
                long smallEvents = history.appendUntil(log, small);
                double smallCatchUp = catchUp(projections, log);
                Latency atSmall = time(dashboards, queries);

                long start = System.nanoTime();
                long largeEvents = smallEvents + history.appendUntil(log, large);
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                double largeCatchUp = catchUp(projections, log);
                Latency atLarge = time(dashboards, queries);

                String report = String.format(Locale.ROOT, """
                                ## Dashboard query latency against the length of the log
                                Machine: %d cores, JDK %s, embedded MongoDB (mongo-java-server, H2 backend on disk).
                                History: the realistic history of the command side's generator, recorded straight to the
                                log (seed 42; 15,000 companies a year over the six houses by the goal-1 split, from
                                2024; cases, meetings, corrections, 3-hour selections, referrals, evaluations, the
                                20-hour ledgers, contracts, surveys, accounts), bulk loaded into the log up to the
                                recording time %s; the v1 dashboard projection caught up before each measurement.
                                Query: `dashboard(house, %d)` for the six houses in turn, %d queries per measurement,
                                after 300 warm-up queries.

                                | log length | median | p95 |
                                |---|---|---|
                                | %,d events | %.3f ms | %.3f ms |
                                | %,d events | %.3f ms | %.3f ms |
                                | **median at the large log ÷ median at the small log** (target: about 1) | **%.2f** | |

                                Appending the rest of the history took %.0f s (%,.0f events/s). The projection runs while
                                history is appended; it had caught up %.0f s after the small append and %.0f s after the
                                large one.
                                """,
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        history.lastRecordedAt(), YEAR, queries, smallEvents, atSmall.median, atSmall.p95,
                        largeEvents, atLarge.median, atLarge.p95, atLarge.median / atSmall.median, loadSeconds,
                        (largeEvents - smallEvents) / loadSeconds, smallCatchUp, largeCatchUp);
                Files.createDirectories(output.toAbsolutePath().getParent());
                Files.writeString(output, report);
                System.out.println(report);
                System.out.println("written to " + output.toAbsolutePath());
            } finally {
                projections.shutdown();
            }
        } finally {
            try (var paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Configuration projections(CommitLogStorageEngine log, MongoDatabase database,
                                             Serializer serializer) {
        DashboardProjection projection = new DashboardProjection(database, new DashboardChangeHub());
        String group = DashboardProjection.processingGroupOf(projection.definitions());
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> log);
        configurer.eventProcessing()
                .registerTokenStore(c -> new InMemoryTokenStore())
                .registerPooledStreamingEventProcessor(group, Configuration::eventStore,
                        (c, builder) -> builder.batchSize(200).initialSegmentCount(1))
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> projection);
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        return configuration;
    }

    /** Waits until the dashboard processor has handled every event in the log; returns the seconds it took. */
    private static double catchUp(Configuration projections, CommitLogStorageEngine log) {
        long head = log.headPosition();
        long start = System.nanoTime();
        PooledStreamingEventProcessor processor = projections.eventProcessingConfiguration()
                .eventProcessor(DashboardProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
                .orElseThrow();
        while (true) {
            long position = processor.processingStatus().values().stream()
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(p -> p.orElse(0L)).min().orElse(0L);
            if (position >= head) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (System.nanoTime() - start > TimeUnit.HOURS.toNanos(1)) {
                throw new IllegalStateException("the dashboard projection is stuck at " + position + " of " + head);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private record Latency(double median, double p95) {
    }

    private static Latency time(DashboardQueries dashboards, int queries) {
        House[] houses = House.values();
        for (int i = 0; i < 300; i++) {
            dashboards.dashboard(houses[i % houses.length], YEAR);
        }
        List<Double> millis = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            var view = dashboards.dashboard(houses[i % houses.length], YEAR);
            millis.add((System.nanoTime() - start) / 1e6);
            if (view == null) {
                throw new IllegalStateException("no dashboard for " + houses[i % houses.length]);
            }
        }
        millis.sort(Comparator.naturalOrder());
        return new Latency(millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)));
    }

    private DashboardLatencyBenchmark() {
    }
}
