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
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.audit.MongoAuditTrailQueries;
import dk.erhvervshuse.query.compliance.ComplianceProjection;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.guidance.MongoGuidanceQueries;
import dk.erhvervshuse.query.report.SealedReportProjection;
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
import java.util.stream.Stream;

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
    /** The definitions of v1 under another id: built side by side, it must come out the same. */
    private static final DefinitionSet V2 = DefinitionSets.V1.with("v2");
    private static final String[] COLLECTIONS = Stream.of(Stream.of(CASE_VIEW, COMPANY_VIEW),
            AuditTrailProjection.COLLECTIONS.stream(), DashboardNamespace.V1.collections().stream(),
            ComplianceProjection.COLLECTIONS.stream())
            .flatMap(collections -> collections).toArray(String[]::new);

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
        DashboardProjection dashboards = new DashboardProjection(database, new DashboardChangeHub());
        DashboardProjection sideBySide = new DashboardProjection(database, V2, DashboardNamespace.of(V2), null);
        ComplianceProjection compliance = new ComplianceProjection(database);
        SealedReportProjection seals = new SealedReportProjection(database);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1));
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> guidanceViews);
            processing.registerEventHandler(c -> auditTrail);
            processing.registerEventHandler(c -> dashboards);
            processing.registerEventHandler(c -> compliance);
            processing.registerEventHandler(c -> seals);
            QuerySideAutoConfiguration.configureProcessors(processing);
            QuerySideAutoConfiguration.configureSideBySide(processing, sideBySide);
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
    void everyProcessingGroupRunsAsAPooledStreamingProcessor() {
        axon.start();

        assertThat(QuerySideAutoConfiguration.PROCESSING_GROUPS)
                .containsExactly("guidance-views", "audit-trail-v2", "dashboards", "compliance", "sealed-reports");
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
                .map(company -> company.timeline().size() == log.size()).orElse(false)
                && caughtUp(DashboardProjection.PROCESSING_GROUP, log.size())
                && caughtUp(AuditTrailProjection.PROCESSING_GROUP, log.size())
                && caughtUp(ComplianceProjection.PROCESSING_GROUP, log.size()));
        Map<String, List<Document>> before = StoredDocuments.contentsOf(database, COLLECTIONS);
        assertThat(new MongoDashboardQueries(database).dashboard(House.HOVEDSTADEN, 2025).goal("goal1").actual())
                .isEqualByComparingTo("1");

        for (String group : QuerySideAutoConfiguration.PROCESSING_GROUPS) {
            PooledStreamingEventProcessor processor = processor(group);
            processor.shutDown();
            processor.resetTokens();
        }
        assertThat(StoredDocuments.contentsOf(database, COLLECTIONS).values())
                .allSatisfy(documents -> assertThat(documents).isEmpty());
        QuerySideAutoConfiguration.PROCESSING_GROUPS.forEach(group -> processor(group).start());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                StoredDocuments.contentsOf(database, COLLECTIONS)).isEqualTo(before));
    }

    @Test
    void aSecondDefinitionSetIsBuiltSideBySideByItsOwnProcessor() {
        EventLog log = new EventLog();
        GuidanceStories.wholeCase(log, "c-0");
        GuidanceStories.companyAtTwoHouses(log);
        publish(log);

        axon.start();

        assertThat(processor("dashboards-v2").isRunning()).isTrue();
        MongoDashboardQueries v1 = new MongoDashboardQueries(database);
        MongoDashboardQueries v2 = new MongoDashboardQueries(database, V2, DashboardNamespace.of(V2));
        await().atMost(PATIENCE).until(() -> caughtUp(DashboardProjection.PROCESSING_GROUP, log.size())
                && caughtUp("dashboards-v2", log.size()));
        assertThat(v2.dashboard(House.FYN, 2025).definitionSet()).isEqualTo("v2");
        assertThat(v2.dashboard(House.FYN, 2025).goals()).isEqualTo(v1.dashboard(House.FYN, 2025).goals());
        assertThat(v2.dashboard(House.FYN, 2025).goal("goal1").actual()).isEqualByComparingTo("1");
    }

    private boolean caughtUp(String group, long position) {
        var status = processor(group).processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(0) >= position);
    }
}
