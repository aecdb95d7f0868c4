package dk.erhvervshuse.events.store.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB server that runs inside the JVM when no {@code MONGODB_URI} is given:
 * mongo-java-server with its H2 backend, so data survives a restart, reached through the real driver
 * over loopback, its {@code _id} index serving every query that names one id ({@link IdLookupH2Backend}). It has no transactions, ignores write concerns and flushes to disk about once a
 * second: fine for development and demos, never a durability claim.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    /** H2's own default page cache; the application can set another ({@code registry.mongo.embedded-cache-megabytes}). */
    public static final int DEFAULT_CACHE_MEGABYTES = 16;

    private final MongoServer server;
    private final H2Backend backend;
    private final String connectionString;

    private EmbeddedMongoServer(H2Backend backend, String host, int port) {
        this.backend = backend;
        backend.version(ServerVersion.MONGO_5_0);
        this.server = new MongoServer(backend);
        server.bind(host, port);
        var address = server.getLocalAddress();
        this.connectionString = "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    /** Starts a server keeping its data in {@code dataDirectory}, on a free loopback port. */
    public static EmbeddedMongoServer onDisk(Path dataDirectory) {
        return onDisk(dataDirectory, 0);
    }

    /** Starts a server keeping its data in {@code dataDirectory}, on the given loopback port (0: any free one). */
    public static EmbeddedMongoServer onDisk(Path dataDirectory, int port) {
        return onDisk(dataDirectory, port, DEFAULT_CACHE_MEGABYTES);
    }

    /**
     * Starts a server keeping its data in {@code dataDirectory}, on the given loopback port (0: any free one), with
     * a page cache of {@code cacheMegabytes} in this JVM's heap.
     */
    public static EmbeddedMongoServer onDisk(Path dataDirectory, int port, int cacheMegabytes) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        Path file = dataDirectory.toAbsolutePath().resolve("mongo.mv.db");
        var server = new EmbeddedMongoServer(IdLookupH2Backend.onDisk(file.toString(), cacheMegabytes), "127.0.0.1",
                port);
        log.info("Embedded MongoDB (mongo-java-server, H2) at {} with data in {}, {} MB page cache",
                server.connectionString, file, cacheMegabytes);
        return server;
    }

    /** Starts a server that keeps everything in memory: for tests. */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(IdLookupH2Backend.inMemoryWithIdLookups(), "127.0.0.1", 0);
    }

    public String connectionString() {
        return connectionString;
    }

    /** Writes what the backend holds to disk now rather than at its next periodic flush. */
    public void flush() {
        if (!backend.isInMemory()) {
            backend.commit();
        }
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
