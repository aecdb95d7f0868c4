package dk.erhvervshuse.events.store.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Duration;
import java.util.List;

/**
 * Wires the event log for the application: MongoDB (embedded unless {@code MONGODB_URI} is set), the
 * commit-log storage engine that Axon's embedded event store runs on, JSON serializers, and axon-mongo's
 * token store. Runs before Axon's own auto-configuration so that Axon's XStream and storage defaults
 * back off.
 */
@AutoConfiguration(
        beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration"})
@EnableConfigurationProperties(EventLogProperties.class)
public class EventLogAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${registry.mongo.uri:}'.trim().isEmpty()")
    public EmbeddedMongoServer embeddedMongoServer(EventLogProperties properties) {
        return EmbeddedMongoServer.onDisk(properties.dataDirectory(), properties.embeddedPort(),
                properties.embeddedCacheMegabytes());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MongoClient mongoClient(EventLogProperties properties, List<EmbeddedMongoServer> embedded) {
        // Injected as a list so that Spring knows the client depends on the server and closes the client first.
        String uri = properties.embedded() ? embedded.get(0).connectionString() : properties.uri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("erhvervshuse-registry")
                .build());
    }

    @Bean
    @ConditionalOnMissingBean
    public MongoDatabase registryDatabase(MongoClient client, EventLogProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return EventSerialization.jacksonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return EventSerialization.jacksonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return EventSerialization.jacksonSerializer();
    }

    @Bean(destroyMethod = "flushHeadHint")
    public CommitLogStorageEngine eventStorageEngine(MongoDatabase database, EventLogProperties properties,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     Serializer serializer, List<EventUpcaster> upcasters) {
        return CommitLogStorageEngine.builder()
                .database(database)
                .majorityReads(!properties.embedded())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .batchSize(properties.readBatchSize())
                .build();
    }

    /**
     * The processors' tokens, claimed per segment by one instance at a time: signed with
     * {@code registry.processing.instance-id} (default the JVM's {@code pid@host}), and taken over by another instance
     * once not renewed for {@code registry.processing.claim-timeout} (default 10 s).
     */
    @Bean
    @ConditionalOnMissingBean
    public TokenStore tokenStore(MongoClient client, EventLogProperties properties, Serializer serializer,
                                 @Value("${registry.processing.instance-id:}") String instanceId,
                                 @Value("${registry.processing.claim-timeout:10s}") Duration claimTimeout) {
        MongoTokenStore.Builder builder = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, properties.database())
                        .trackingTokensCollectionName("tracking_tokens")
                        .deadLetterCollectionName("dead_letters")
                        .sagasCollectionName("sagas")
                        .build())
                .serializer(serializer)
                .claimTimeout(claimTimeout);
        if (!instanceId.isBlank()) {
            builder.nodeId(instanceId.trim());
        }
        return builder.build();
    }

}
