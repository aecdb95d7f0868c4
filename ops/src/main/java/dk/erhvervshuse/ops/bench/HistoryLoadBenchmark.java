package dk.erhvervshuse.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.ops.history.RealisticHistory;
import org.axonframework.serialization.Serializer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * How fast a realistic history ({@link RealisticHistory}, default options) is made, and how fast it loads into
 * the embedded store: first the commits alone, generated and dropped, then the same number of events appended in
 * bulk to a fresh log on the embedded server with its H2 backend on disk. Reports events per second of each.
 * <p>
 * {@code ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.HistoryLoadBenchmark}
 * ({@code -Dbench.events=1000000}).
 */
public final class HistoryLoadBenchmark {

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.events", 1_000_000);
        Path output = Path.of(System.getProperty("bench.output", "target/history-load-benchmark.md"));

        long start = System.nanoTime();
        double cpuStart = processCpuSeconds();
        RealisticHistory generated = new RealisticHistory(RealisticHistory.Options.defaults());
        generated.generateUntil(events, commit -> {
        });
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        double generateCpu = processCpuSeconds() - cpuStart;

        Path data = Files.createTempDirectory("history-load-benchmark");
        Serializer serializer = EventSerialization.jacksonSerializer();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            CommitLogStorageEngine log = CommitLogStorageEngine.builder()
                    .database(client.getDatabase("benchmark"))
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            RealisticHistory loaded = new RealisticHistory(RealisticHistory.Options.defaults());
            start = System.nanoTime();
            cpuStart = processCpuSeconds();
            long appended = loaded.appendUntil(log, events);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            double loadCpu = processCpuSeconds() - cpuStart;
            long heapMegabytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;

            String report = String.format(Locale.ROOT, """
                            ## Loading a realistic history
                            Machine: %d cores, JDK %s. History: `RealisticHistory` with its defaults (seed 42, 15,000
                            companies a year from 2024, 1,200 of them entrepreneurs).

                            | measure | events/s | per CPU-second of the process |
                            |---|---|---|
                            | generated only (commits made and dropped) | %,.0f (%.0f s) | %,.0f |
                            | generated and appended in bulk to the embedded store (H2 on disk) | %,.0f (%.0f s) | %,.0f |

                            %,d events in %,d commits, recorded up to %s; heap used at the end %d MB. The CPU
                            figures include the JIT compiler, the garbage collector and the embedded server's threads;
                            on a machine shared with other work they are steadier than the wall-clock ones.
                            """,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    generated.events() / generateSeconds, generateSeconds, generated.events() / generateCpu,
                    appended / loadSeconds, loadSeconds, appended / loadCpu, appended, loaded.commits(),
                    loaded.lastRecordedAt(), heapMegabytes);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, report);
            System.out.println(report);
            System.out.println("written to " + output.toAbsolutePath());
        } finally {
            try (var paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private HistoryLoadBenchmark() {
    }
}
