package dk.erhvervshuse.events.store.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real MongoDB (a one-member replica set) in a container, for the suites that also run against
 * the real server. Only started by tests annotated {@code @Testcontainers(disabledWithoutDocker = true)},
 * which are skipped where no Docker engine runs.
 */
public final class MongoContainer {

    private static MongoDBContainer container;
    private static MongoClient client;

    private MongoContainer() {
    }

    public static synchronized String connectionString() {
        if (container == null) {
            container = new MongoDBContainer(DockerImageName.parse("mongo:7.0"));
            container.start();
        }
        return container.getReplicaSetUrl();
    }

    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(connectionString());
        }
        return client;
    }
}
