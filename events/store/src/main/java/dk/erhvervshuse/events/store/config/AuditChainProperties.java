package dk.erhvervshuse.events.store.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the daily checkpoints follow the log ({@code registry.audit}).
 *
 * @param checkpointInterval how long between two runs of the checkpoint follower; zero or negative: never
 *                           (a deployment where another process keeps the checkpoints)
 */
@ConfigurationProperties("registry.audit")
public record AuditChainProperties(Duration checkpointInterval) {

    public AuditChainProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
    }
}
