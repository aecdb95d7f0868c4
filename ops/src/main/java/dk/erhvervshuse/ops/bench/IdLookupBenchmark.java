package dk.erhvervshuse.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two look-ups by id a projection makes of every batch, on the embedded server as it ships
 * ({@code EmbeddedMongoServer}) and on mongo-java-server's stock H2 backend, both in memory, side by side in one run:
 * <ul>
 *     <li>a write guarded by the version it read ({@code replaceOne({_id, lastPosition}, …)}), which the stock
 *     backend answers by reading the whole collection;</li>
 *     <li>a read of {@code bench.reads} documents (default 2,000) by {@code _id $in}, whose every document the stock
 *     backend checks against the whole list.</li>
 * </ul>
 * For each collection size ({@code bench.sizes}, default 1,000 and 20,000 documents) both servers are filled
 * alike; then, {@code bench.runs} times (default 5) and alternating, {@code bench.writes} guarded replaces
 * (default 20) of documents spread over the collection, and one read, are timed on each. Reports medians and the
 * stock ÷ shipped ratios, and how a write grows from the smallest size to the largest. Run with
 * {@code ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.IdLookupBenchmark}.
 */
public final class IdLookupBenchmark {

    private IdLookupBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 5);
        int writes = Integer.getInteger("bench.writes", 20);
        int reads = Integer.getInteger("bench.reads", 2000);
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "1000,20000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                ## Look-ups by id on the embedded server, shipped and stock

                ```
                ./mvnw -q -pl ops -am -DskipTests -Pbenchmark verify -Dbench.main=dk.erhvervshuse.ops.bench.IdLookupBenchmark
                ```

                %d cores, JDK %s; both servers in memory; %d runs per size, alternating, each of %d guarded replaces
                and one read of up to %,d documents by `_id $in`.

                | documents | guarded write, shipped | guarded write, stock | stock ÷ shipped | `$in` read, shipped | `$in` read, stock | stock ÷ shipped |
                |---|---|---|---|---|---|---|
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs, writes,
                reads));
        double firstShipped = 0;
        double firstStock = 0;
        double lastShipped = 0;
        double lastStock = 0;
        for (int size : sizes) {
            try (EmbeddedMongoServer shipped = EmbeddedMongoServer.inMemory();
                 StockServer stock = new StockServer();
                 MongoClient shippedClient = MongoClients.create(shipped.connectionString());
                 MongoClient stockClient = MongoClients.create(stock.connectionString())) {
                MongoCollection<Document> onShipped = filled(shippedClient, size);
                MongoCollection<Document> onStock = filled(stockClient, size);
                List<Double> shippedTimes = new ArrayList<>();
                List<Double> stockTimes = new ArrayList<>();
                List<Double> shippedReads = new ArrayList<>();
                List<Double> stockReads = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    shippedTimes.add(guardedWrites(onShipped, size, writes, run));
                    stockTimes.add(guardedWrites(onStock, size, writes, run));
                    shippedReads.add(readMany(onShipped, size, reads));
                    stockReads.add(readMany(onStock, size, reads));
                }
                double shippedMedian = median(shippedTimes);
                double stockMedian = median(stockTimes);
                System.out.printf(Locale.ROOT, "%,d documents: write shipped %.3f ms, stock %.3f ms; read shipped %.1f ms,"
                        + " stock %.1f ms%n", size, shippedMedian, stockMedian, median(shippedReads), median(stockReads));
                report.append(String.format(Locale.ROOT, "| %,d | %.3f ms | %.3f ms | %.0f | %.1f ms | %.1f ms | %.1f |%n",
                        size, shippedMedian, stockMedian, stockMedian / shippedMedian, median(shippedReads),
                        median(stockReads), median(stockReads) / median(shippedReads)));
                if (firstShipped == 0) {
                    firstShipped = shippedMedian;
                    firstStock = stockMedian;
                }
                lastShipped = shippedMedian;
                lastStock = stockMedian;
            }
        }
        report.append(String.format(Locale.ROOT, """

                From %,d to %,d documents a write grew %.1f× on the shipped server and %.1f× on the stock backend.
                """, sizes.get(0), sizes.get(sizes.size() - 1), lastShipped / firstShipped, lastStock / firstStock));
        System.out.println();
        System.out.println(report);
    }

    private static MongoCollection<Document> filled(MongoClient client, int size) {
        MongoCollection<Document> documents = client.getDatabase("bench").getCollection("documents");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new Document("_id", "doc-" + i).append("lastPosition", 0L).append("payload", "x".repeat(200)));
            if (batch.size() == 1000) {
                documents.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            documents.insertMany(batch);
        }
        return documents;
    }

    /** Milliseconds per write: each replaces a document only at the version it holds, and moves it on by one. */
    private static double guardedWrites(MongoCollection<Document> documents, int size, int writes, int run) {
        long start = System.nanoTime();
        for (int w = 0; w < writes; w++) {
            String id = "doc-" + (int) ((long) w * size / writes);
            long version = run;
            Document next = new Document("_id", id).append("lastPosition", version + 1).append("payload", "y".repeat(200));
            long matched = documents.replaceOne(new Document("_id", id).append("lastPosition", version), next)
                    .getMatchedCount();
            if (matched != 1) {
                throw new IllegalStateException("the guarded write of " + id + " at " + version + " matched " + matched);
            }
        }
        return (System.nanoTime() - start) / 1e6 / writes;
    }

    /** Milliseconds to read up to {@code reads} documents spread over the collection with one {@code _id $in}. */
    private static double readMany(MongoCollection<Document> documents, int size, int reads) {
        int wanted = Math.min(size, reads);
        List<String> ids = new ArrayList<>(wanted);
        for (int r = 0; r < wanted; r++) {
            ids.add("doc-" + (int) ((long) r * size / wanted));
        }
        long start = System.nanoTime();
        int found = 0;
        for (Document ignored : documents.find(new Document("_id", new Document("$in", ids))).batchSize(wanted)) {
            found++;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (found != wanted) {
            throw new IllegalStateException("read " + found + " of " + wanted + " documents");
        }
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** mongo-java-server with its H2 backend as it comes, in memory. */
    private static final class StockServer implements AutoCloseable {

        private final MongoServer server;
        private final String connectionString;

        StockServer() {
            H2Backend backend = H2Backend.inMemory();
            backend.version(ServerVersion.MONGO_5_0);
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        }

        String connectionString() {
            return connectionString;
        }

        @Override
        public void close() {
            server.shutdownNow();
        }
    }
}
