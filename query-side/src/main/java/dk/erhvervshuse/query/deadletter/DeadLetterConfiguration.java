package dk.erhvervshuse.query.deadletter;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;

import java.util.Optional;

/**
 * Gives each of the query side's processing groups its dead-letter queue in the application (found by the query
 * side's component scan): an event a projection cannot apply is parked with the later events of its company,
 * and everything else goes on.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private final DeadLetterQueues queues = new DeadLetterQueues();

    @Bean
    DeadLetterQueues deadLetterQueues(ObjectProvider<Configuration> axon) {
        queues.processorsFrom(group -> Optional.ofNullable(axon.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessingConfiguration()
                        .sequencedDeadLetterProcessor(group)));
        queues.claimsFrom(group -> Optional.ofNullable(axon.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessingConfiguration()
                        .eventProcessor(group, StreamingEventProcessor.class)));
        return queues;
    }

    @Autowired
    void parkWhatProjectionsCannotApply(EventProcessingConfigurer processing, MongoDatabase database) {
        queues.configure(processing, QuerySideAutoConfiguration.PROCESSING_GROUPS, configuration -> database,
                Configuration::eventStore);
    }
}
