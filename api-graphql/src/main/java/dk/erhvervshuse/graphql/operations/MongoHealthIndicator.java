package dk.erhvervshuse.graphql.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * MongoDB answers: a {@code ping} on the registry's database, bounded by a timeout (the driver's client-side
 * operation timeout, which also bounds finding a server), so that a probe never hangs for the driver's default 30
 * seconds of server selection. The registry uses the driver directly, without Spring Data, so Spring Boot's own
 * MongoDB indicator does not apply. Part of readiness only: an instance that cannot reach its database should stop
 * taking traffic, not be restarted.
 */
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;
    private final Duration timeout;

    public MongoHealthIndicator(MongoDatabase database, Duration timeout) {
        super("MongoDB did not answer its ping");
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
