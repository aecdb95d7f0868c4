package dk.erhvervshuse.events.store.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One in-memory embedded MongoDB per test JVM, and a fresh database per caller, so tests never see
 * each other's data. For the same suites against a real MongoDB, see {@link MongoContainer}.
 */
public final class TestMongo {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedMongoServer server;
    private static MongoClient client;

    private TestMongo() {
    }

    public static synchronized String connectionString() {
        if (server == null) {
            server = EmbeddedMongoServer.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.connectionString();
    }

    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(connectionString());
        }
        return client;
    }

    /** A database no other test uses. */
    public static MongoDatabase freshDatabase() {
        return client().getDatabase(freshDatabaseName());
    }

    public static String freshDatabaseName() {
        return "test" + databases.incrementAndGet();
    }
}
