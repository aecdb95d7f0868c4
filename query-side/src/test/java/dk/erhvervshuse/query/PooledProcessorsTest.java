package dk.erhvervshuse.query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.audit.MongoAuditTrailQueries;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.guidance.MongoGuidanceQueries;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.erhvervshuse.query.audit.AuditTrailProjection.AUDIT_TRAIL;
import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.CASE_VIEW;
import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.COMPANY_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The projections behind Axon's own pooled streaming processors, configured as the query side configures
 * them, over an in-memory event store whose positions start at 1 like the real one's.
 */
class PooledProcessorsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final AtomicInteger bulkWrites = new AtomicInteger();
    private MongoClient client;
    private MongoDatabase database;
    private Configuration axon;

    @BeforeEach
    void startAxon() {
        CommandListener countBulkWrites = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    bulkWrites.incrementAndGet();
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(countBulkWrites)
                .build());
        database = client.getDatabase(TestMongo.freshDatabaseName());
        GuidanceViewsProjection guidanceViews = new GuidanceViewsProjection(database);
        AuditTrailProjection auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1));
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> guidanceViews);
            processing.registerEventHandler(c -> auditTrail);
            QuerySideAutoConfiguration.configureProcessors(processing);
        });
        axon = configurer.buildConfiguration();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
        client.close();
    }

    private void publish(EventLog log) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (EventMessage<?> tracked : log.all()) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) tracked;
            events.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                    event.getTimestamp()));
        }
        axon.eventStore().publish(events);
    }

    private PooledStreamingEventProcessor processor(String group) {
        return axon.eventProcessingConfiguration().eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError(group + " is not a pooled streaming processor"));
    }

    private int auditEntries() {
        return new MongoAuditTrailQueries(database)
                .auditTrail(AuditFilter.wholeLog(), null, 500).entries().size();
    }

    @Test
    void bothProcessingGroupsRunAsPooledStreamingProcessors() {
        axon.start();

        assertThat(QuerySideAutoConfiguration.PROCESSING_GROUPS).containsExactly("guidance-views", "audit-trail");
        assertThat(QuerySideAutoConfiguration.PROCESSING_GROUPS).allSatisfy(group ->
                assertThat(processor(group).isRunning()).isTrue());
    }

    @Test
    void catchingUpOnAHistoryWritesInBatchesNotPerEvent() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 40, 9, 20);
        publish(log);

        axon.start();

        await().atMost(PATIENCE).until(() -> auditEntries() == log.size());
        MongoGuidanceQueries queries = new MongoGuidanceQueries(database);
        await().atMost(PATIENCE).until(() -> queries.guidanceCase("case-39")
                .map(view -> view.meetings().size() == 9).orElse(false));
        assertThat(bulkWrites.get()).isLessThan(log.size() / 4);
    }

    @Test
    void aReplayFromScratchThroughTheProcessorsRebuildsTheSameViews() {
        EventLog log = new EventLog();
        GuidanceStories.wholeCase(log, "c-0");
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.managementDecides(log);
        publish(log);
        axon.start();
        MongoGuidanceQueries queries = new MongoGuidanceQueries(database);
        await().atMost(PATIENCE).until(() -> auditEntries() == log.size()
                && queries.company(GuidanceStories.COMPANY.value())
                .map(company -> company.timeline().size() == log.size()).orElse(false));
        Map<String, List<Document>> before = StoredDocuments.contentsOf(database, CASE_VIEW, COMPANY_VIEW, AUDIT_TRAIL);

        for (String group : QuerySideAutoConfiguration.PROCESSING_GROUPS) {
            PooledStreamingEventProcessor processor = processor(group);
            processor.shutDown();
            processor.resetTokens();
        }
        assertThat(StoredDocuments.contentsOf(database, CASE_VIEW, COMPANY_VIEW, AUDIT_TRAIL).values())
                .allSatisfy(documents -> assertThat(documents).isEmpty());
        QuerySideAutoConfiguration.PROCESSING_GROUPS.forEach(group -> processor(group).start());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                StoredDocuments.contentsOf(database, CASE_VIEW, COMPANY_VIEW, AUDIT_TRAIL)).isEqualTo(before));
    }
}
