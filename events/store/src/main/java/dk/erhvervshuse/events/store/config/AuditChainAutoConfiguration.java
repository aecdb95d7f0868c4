package dk.erhvervshuse.events.store.config;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.CheckpointFollower;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Tamper evidence of the log in the application (§10.2): the {@link AuditChain} that verifies and exports it,
 * and the follower that keeps its daily checkpoints, run on a schedule.
 */
@AutoConfiguration(after = EventLogAutoConfiguration.class)
@EnableConfigurationProperties(AuditChainProperties.class)
public class AuditChainAutoConfiguration {

    @Bean
    public AuditChain auditChain(MongoDatabase registryDatabase) {
        return new AuditChain(registryDatabase, "");
    }

    @Bean
    public CheckpointFollower checkpointFollower(AuditChain auditChain) {
        return auditChain.follower();
    }

    @Bean
    public CheckpointSchedule checkpointSchedule(CheckpointFollower checkpointFollower,
                                                 AuditChainProperties properties) {
        return new CheckpointSchedule(checkpointFollower, properties.checkpointInterval());
    }
}
