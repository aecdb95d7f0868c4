package dk.erhvervshuse.graphql.operations;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** MongoDB counts as up when it answers a ping, and as down within the timeout when nothing answers. */
class MongoHealthIndicatorTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void aDatabaseThatAnswersItsPingIsUp() {
        Health health = new MongoHealthIndicator(TestMongo.freshDatabase(), TIMEOUT).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("database");
    }

    @Test
    void aDatabaseNobodyListensForIsDownWithinTheTimeoutNotTheDriversThirtySeconds() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (MongoClient unreachable = MongoClients.create("mongodb://127.0.0.1:" + closedPort)) {
            long started = System.nanoTime();

            Health health = new MongoHealthIndicator(unreachable.getDatabase("erhvervshuse"), TIMEOUT).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
