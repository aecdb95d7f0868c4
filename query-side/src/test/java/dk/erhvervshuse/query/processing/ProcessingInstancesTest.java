package dk.erhvervshuse.query.processing;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import dk.erhvervshuse.query.StoredDocuments;
import dk.erhvervshuse.query.api.ProcessingStatus.ProcessorClaims;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.compliance.ComplianceProjection;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.report.SealedReportProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances of the registry on one database share the query side's processors: a processor of several segments
 * in shares, the single-segment ones dealt out one each, everything to whoever is left when an instance goes; and
 * a processor given more segments than its tokens hold is split up to them at the next start.
 */
class ProcessingInstancesTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final SettableClock clock = new SettableClock();
    private final List<Configuration> running = new ArrayList<>();
    private final List<ProcessingInstances> instances = new ArrayList<>();
    private MongoDatabase database;
    private TokenStore tokens;

    @BeforeEach
    void oneDatabase() {
        String name = TestMongo.freshDatabaseName();
        database = TestMongo.client().getDatabase(name);
        tokens = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(TestMongo.client(), name).build())
                .serializer(EventSerialization.jacksonSerializer())
                .claimTimeout(CLAIM_TIMEOUT)
                .nodeId("test")
                .build();
    }

    @AfterEach
    void stopEverything() {
        running.forEach(Configuration::shutdown);
        instances.forEach(ProcessingInstances::stop);
    }

    private static ProcessingProperties properties(String instanceId, Map<String, Integer> segments,
                                                   Integer maxClaimedSegments) {
        return new ProcessingProperties(segments, maxClaimedSegments, true, Duration.ofMillis(200), CLAIM_TIMEOUT,
                instanceId);
    }

    private ProcessingInstances instance(String id, Map<String, Integer> segments, Integer maxClaimedSegments) {
        ProcessingInstances instance = new ProcessingInstances(database, tokens,
                properties(id, segments, maxClaimedSegments), name -> Optional.empty(), clock);
        for (String group : QuerySideAutoConfiguration.PROCESSING_GROUPS) {
            instance.manage(group, segments.getOrDefault(group, 1));
        }
        instances.add(instance);
        return instance;
    }

    private static int mayClaim(ProcessingInstances instance, String processor) {
        return instance.status().processors().stream().filter(claims -> claims.processor().equals(processor))
                .findFirst().map(ProcessorClaims::mayClaim).orElseThrow();
    }

    private void tokensSplitAs(Map<String, Integer> segments) {
        for (String group : QuerySideAutoConfiguration.PROCESSING_GROUPS) {
            tokens.initializeTokenSegments(group, segments.getOrDefault(group, 1));
        }
    }

    @Test
    void twoInstancesEachTakeHalfOfASplitProcessorAndTheSingleOnesInTurn() {
        Map<String, Integer> segments = Map.of("guidance-views", 4, "sealed-reports", 2);
        tokensSplitAs(segments);
        ProcessingInstances first = instance("a", segments, null);
        ProcessingInstances second = instance("b", segments, null);

        first.refresh();
        second.refresh();
        first.refresh();

        assertThat(first.status().liveInstances()).containsExactly("a", "b");
        assertThat(mayClaim(first, "guidance-views")).isEqualTo(2);
        assertThat(mayClaim(second, "guidance-views")).isEqualTo(2);
        assertThat(mayClaim(first, "sealed-reports")).isEqualTo(1);
        assertThat(mayClaim(second, "sealed-reports")).isEqualTo(1);
        // audit-trail-v2, dashboards and compliance are single writers, dealt out in that order
        assertThat(mayClaim(first, "audit-trail-v2")).isEqualTo(1);
        assertThat(mayClaim(second, "audit-trail-v2")).isZero();
        assertThat(mayClaim(first, "dashboards")).isZero();
        assertThat(mayClaim(second, "dashboards")).isEqualTo(1);
        assertThat(mayClaim(first, "compliance")).isEqualTo(1);
        assertThat(mayClaim(second, "compliance")).isZero();
    }

    @Test
    void anInstanceNotHeardFromForTheClaimTimeoutLeavesEverythingToTheOthers() {
        Map<String, Integer> segments = Map.of("guidance-views", 4);
        tokensSplitAs(segments);
        ProcessingInstances first = instance("a", segments, null);
        ProcessingInstances second = instance("b", segments, null);
        first.refresh();
        second.refresh();
        first.refresh();
        assertThat(mayClaim(first, "dashboards") + mayClaim(second, "dashboards")).isEqualTo(1);

        clock.advance(CLAIM_TIMEOUT.plusSeconds(1));
        first.refresh();

        assertThat(first.status().liveInstances()).containsExactly("a");
        assertThat(QuerySideAutoConfiguration.PROCESSING_GROUPS).allSatisfy(group ->
                assertThat(mayClaim(first, group)).as(group).isEqualTo(segments.getOrDefault(group, 1)));
    }

    @Test
    void anInstanceThatStopsLeavesAtOnce() {
        tokensSplitAs(Map.of());
        ProcessingInstances first = instance("a", Map.of(), null);
        ProcessingInstances second = instance("b", Map.of(), null);
        first.refresh();
        second.start();
        first.refresh();
        assertThat(first.status().liveInstances()).containsExactly("a", "b");

        second.stop();
        first.refresh();

        assertThat(first.status().liveInstances()).containsExactly("a");
    }

    @Test
    void noInstanceHoldsMoreThanTheConfiguredMaximumOfOneProcessor() {
        Map<String, Integer> segments = Map.of("guidance-views", 4);
        tokensSplitAs(segments);
        ProcessingInstances alone = instance("a", segments, 3);

        alone.refresh();

        assertThat(mayClaim(alone, "guidance-views")).isEqualTo(3);
        assertThat(mayClaim(alone, "dashboards")).isEqualTo(1);
    }

    // ---- splitting at start, with Axon's processors

    private Configuration axon(EventLog log, ProcessingProperties properties, boolean shared) {
        AtomicReference<Configuration> built = new AtomicReference<>();
        Function<String, Optional<StreamingEventProcessor>> processors = name -> Optional.ofNullable(built.get())
                .flatMap(configuration -> configuration.eventProcessingConfiguration()
                        .eventProcessor(name, StreamingEventProcessor.class));
        ProcessingInstances sharing = shared
                ? new ProcessingInstances(database, tokens, properties, processors, Clock.systemUTC()) : null;
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine(1);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(TokenStore.class, c -> tokens);
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> new GuidanceViewsProjection(database));
            processing.registerEventHandler(c -> new AuditTrailProjection(database, EventSerialization.jacksonSerializer()));
            processing.registerEventHandler(c -> new DashboardProjection(database, new DashboardChangeHub()));
            processing.registerEventHandler(c -> new ComplianceProjection(database));
            processing.registerEventHandler(c -> new SealedReportProjection(database));
            QuerySideAutoConfiguration.configureProcessors(processing, properties, sharing);
        });
        Configuration configuration = configurer.buildConfiguration();
        built.set(configuration);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (EventMessage<?> tracked : log.all()) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) tracked;
            events.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                    event.getTimestamp()));
        }
        configuration.eventStore().publish(events);
        if (sharing != null) {
            instances.add(sharing);
            sharing.start();
        }
        configuration.start();
        running.add(configuration);
        return configuration;
    }

    @Test
    void aDeploymentStartedInOneSegmentIsSplitToTheConfiguredCountAndLosesNothing() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 12, 3, 8);
        Configuration before = axon(log, ProcessingProperties.defaults(), false);
        await().atMost(Duration.ofSeconds(30)).until(() -> StoredDocuments.contentsOf(database,
                GuidanceViewsProjection.CASE_VIEW).get(GuidanceViewsProjection.CASE_VIEW).size() == 12);
        before.shutdown();
        running.remove(before);
        assertThat(tokens.fetchSegments("guidance-views")).hasSize(1);

        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.wholeCase(log, "c-9");
        axon(log, properties("a", Map.of("guidance-views", 4), null), true);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(tokens.fetchSegments("guidance-views")).hasSize(4));
        await().atMost(Duration.ofSeconds(30)).until(() -> runningCaughtUp(log.size()));
        assertThat(StoredDocuments.contentsOf(database, GuidanceViewsProjection.CASE_VIEW,
                GuidanceViewsProjection.COMPANY_VIEW)).isEqualTo(rebuilt(log));
        assertThat(tokens.fetchSegments("dashboards")).as("a single writer stays whole").hasSize(1);
    }

    private boolean runningCaughtUp(long position) {
        return running.get(0).eventProcessingConfiguration().eventProcessor("guidance-views",
                        StreamingEventProcessor.class).orElseThrow().processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(0L) >= position)
                && tokens.fetchSegments("guidance-views").length == 4;
    }

    /** The case and company views projected from the whole log at once, into a database of their own. */
    private static Map<String, List<Document>> rebuilt(EventLog log) {
        MongoDatabase fresh = TestMongo.freshDatabase();
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new GuidanceViewsProjection(fresh));
        List<EventMessage<?>> events = new ArrayList<>(log.all());
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        ResultMessage<?> result = batch.executeWithResult(() -> {
            EventMessage<?> event = batch.getMessage();
            return projection.canHandle(event) ? projection.handle(event) : null;
        });
        assertThat(result.isExceptional()).isFalse();
        return StoredDocuments.contentsOf(fresh, GuidanceViewsProjection.CASE_VIEW, GuidanceViewsProjection.COMPANY_VIEW);
    }

    /** A clock the test moves on. */
    private static final class SettableClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
