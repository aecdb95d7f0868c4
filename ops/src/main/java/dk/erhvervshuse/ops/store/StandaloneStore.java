package dk.erhvervshuse.ops.store;

import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MongoDB (mongo-java-server with its H2 backend) as a process of its own, for running the
 * application against a store that outlives it: {@code java -cp … dk.erhvervshuse.ops.store.StandaloneStore
 * DATA_DIRECTORY [PORT [CACHE_MB]]} (port 0 or none: any free one; the page cache 16 MB unless given). Prints {@code STORE READY <connection string>} once it
 * listens, then serves until the process ends; a normal stop writes the data to disk first. The application is
 * pointed at it with {@code MONGODB_URI}.
 * <p>
 * What it keeps is the embedded server's: no transactions, write concern ignored, and H2 writes to disk about once
 * a second, so a store killed hard loses its last second. It is for development and tests of the application's
 * own failures, never a durability claim.
 */
public final class StandaloneStore {

    public static final String READY = "STORE READY ";

    private StandaloneStore() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: StandaloneStore DATA_DIRECTORY [PORT [CACHE_MB]]");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int cacheMegabytes = args.length > 2 ? Integer.parseInt(args[2]) : EmbeddedMongoServer.DEFAULT_CACHE_MEGABYTES;
        EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(dataDirectory, port, cacheMegabytes);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.flush();
            server.close();
            stopped.countDown();
        }, "store-shutdown"));
        System.out.println(READY + server.connectionString());
        System.out.flush();
        stopped.await();
    }
}
