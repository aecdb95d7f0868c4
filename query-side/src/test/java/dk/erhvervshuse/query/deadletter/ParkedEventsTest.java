package dk.erhvervshuse.query.deadletter;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import dk.erhvervshuse.query.StoredDocuments;
import dk.erhvervshuse.query.api.ParkedEventView;
import dk.erhvervshuse.query.api.ParkedEvents;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards' projection fails on one event of a company: that event is parked with the company's later
 * events, everything else goes on (the other companies' dashboards, derived at the end of the very batch that held
 * the failure, are right), and once the projection can apply it again a retry through {@link ParkedEvents} brings
 * the dashboards to exactly what a rebuild from the whole log gives. Also when the failing event is the last of
 * its batch, whose writes and derivations then happen after it.
 */
class ParkedEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String[] DASHBOARD_COLLECTIONS = DashboardNamespace.V1.collections().toArray(String[]::new);

    private MongoDatabase database;
    private Configuration axon;
    private final DeadLetterQueues deadLetters = new DeadLetterQueues();
    private final FailingOn fault = new FailingOn();

    /**
     * Stands for a projection whose code cannot apply certain events until it is fixed: in the dashboards'
     * processing group, invoked before the projection itself, it fails on the events at the given positions.
     */
    static final class FailingOn {
        volatile Set<Long> positions = Set.of();

        @EventHandler
        void on(GuidanceCaseEvent event, TrackingToken token) {
            if (positions.contains(LogPosition.of(token))) {
                throw new IllegalStateException("cannot apply " + event.getClass().getSimpleName() + " of company "
                        + event.cvr().value());
            }
        }
    }

    @BeforeEach
    void startAxon() {
        database = TestMongo.freshDatabase();
        GuidanceViewsProjection guidanceViews = new GuidanceViewsProjection(database);
        AuditTrailProjection auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());
        DashboardProjection dashboards = new DashboardProjection(database, new DashboardChangeHub());
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1));
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> fault);
            processing.assignHandlerInstancesMatching(DashboardProjection.PROCESSING_GROUP, instance -> instance == fault);
            processing.registerEventHandler(c -> guidanceViews);
            processing.registerEventHandler(c -> auditTrail);
            processing.registerEventHandler(c -> dashboards);
            QuerySideAutoConfiguration.configureProcessors(processing);
            deadLetters.configure(processing, QuerySideAutoConfiguration.PROCESSING_GROUPS, c -> database,
                    Configuration::eventStore);
        });
        axon = configurer.buildConfiguration();
        deadLetters.processorsFrom(axon);
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
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

    private boolean caughtUp(long position) {
        return List.of(GuidanceViewsProjection.PROCESSING_GROUP, AuditTrailProjection.PROCESSING_GROUP,
                DashboardProjection.PROCESSING_GROUP).stream().allMatch(group -> {
            var status = axon.eventProcessingConfiguration()
                    .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow().processingStatus();
            return !status.isEmpty() && status.values().stream()
                    .allMatch(segment -> segment.getCurrentPosition().orElse(0) >= position);
        });
    }

    /** The dashboards a projection fed straight from the log builds, in a database of their own. */
    private static Map<String, List<Document>> rebuiltFrom(List<TrackedEventMessage<?>> events) {
        MongoDatabase fresh = TestMongo.freshDatabase();
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(
                new DashboardProjection(fresh, DefinitionSets.V1, DashboardNamespace.V1, null));
        for (int from = 0; from < events.size(); from += QuerySideAutoConfiguration.BATCH_SIZE) {
            List<EventMessage<?>> batch = new ArrayList<>(
                    events.subList(from, Math.min(events.size(), from + QuerySideAutoConfiguration.BATCH_SIZE)));
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> projection.handle(unitOfWork.getMessage()));
            assertThat(result.isExceptional()).as("the rebuild's batch failed").isFalse();
        }
        return StoredDocuments.contentsOf(fresh, DASHBOARD_COLLECTIONS);
    }

    private Map<String, List<Document>> dashboards() {
        return StoredDocuments.contentsOf(database, DASHBOARD_COLLECTIONS);
    }

    @Test
    void aFailingEventIsParkedWithItsCompanysLaterEventsAndARetryAfterTheFixGivesTheDashboardsOfAFullRebuild() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 12, 3, 6);
        Cvr last = new Cvr(GuidanceStories.companyNumber(5));
        log.append(GuidanceStories.meeting("case-5", House.values()[5], last, "m-late", "2.50",
                LocalDate.parse("2025-02-20")));
        String failing = "company:" + GuidanceStories.companyNumber(2);
        // Company 2's second meeting on case-2 (mid-log), and the log's last event (the last of its batch).
        long midLog = 12 + 12 + 2 + 1;
        long lastOfLog = log.size();
        fault.positions = Set.of(midLog, lastOfLog);
        publish(log);

        axon.start();
        await().atMost(PATIENCE).until(() -> caughtUp(lastOfLog));

        List<ParkedEventView> parked = deadLetters.parked(DashboardProjection.PROCESSING_GROUP);
        assertThat(parked).extracting(ParkedEventView::position)
                .containsExactly(midLog, midLog + 6, midLog + 12, midLog + 18, lastOfLog);
        assertThat(parked).filteredOn(view -> view.sequenceId().equals(failing))
                .extracting(ParkedEventView::causeType)
                .containsExactly(IllegalStateException.class.getName(), null, null, null);
        assertThat(deadLetters.parked(GuidanceViewsProjection.PROCESSING_GROUP)).isEmpty();
        assertThat(deadLetters.parked(AuditTrailProjection.PROCESSING_GROUP)).isEmpty();
        Set<Long> parkedPositions = Set.copyOf(parked.stream().map(ParkedEventView::position).toList());
        List<TrackedEventMessage<?>> withoutParked = log.all().stream()
                .filter(event -> !parkedPositions.contains(LogPosition.of(event.trackingToken()))).toList();
        assertThat(dashboards()).as("dashboards while events are parked")
                .isEqualTo(rebuiltFrom(withoutParked))
                .isNotEqualTo(rebuiltFrom(log.all()));

        ParkedEvents.RetryOutcome stillBroken = deadLetters.retry(DashboardProjection.PROCESSING_GROUP, failing);
        assertThat(stillBroken.applied()).isZero();
        assertThat(stillBroken.remaining()).isEqualTo(4);
        assertThat(deadLetters.parked(DashboardProjection.PROCESSING_GROUP).get(0).retries()).isEqualTo(1);

        fault.positions = Set.of();
        ParkedEvents.RetryOutcome fixed = deadLetters.retry(DashboardProjection.PROCESSING_GROUP, failing);
        ParkedEvents.RetryOutcome lastFixed = deadLetters.retry(DashboardProjection.PROCESSING_GROUP,
                "company:" + last.value());

        assertThat(fixed.applied()).isEqualTo(4);
        assertThat(lastFixed.applied()).isEqualTo(1);
        assertThat(deadLetters.counts()).allSatisfy(count -> assertThat(count.events()).isZero());
        assertThat(dashboards()).as("dashboards after the retry").isEqualTo(rebuiltFrom(log.all()));
        System.out.printf("Dead letters: %d events in the log, %d parked in 2 sequences (1 failing event each), "
                        + "%d applied by the retries after the fix, 0 left; dashboards equal a full rebuild%n",
                log.size(), parked.size(), fixed.applied() + lastFixed.applied());
    }

    @Test
    void laterEventsOfAParkedCompanyAreParkedBehindItAsTheyArriveAndAnEvictedEventIsNeverApplied() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 6, 1, 6);
        fault.positions = Set.of(8L);
        publish(log);
        axon.start();
        await().atMost(PATIENCE).until(() -> caughtUp(log.size()));
        String failing = "company:" + GuidanceStories.companyNumber(1);

        EventLog later = new EventLog();
        GuidanceStories.manyCases(later, 6, 2, 6);
        List<TrackedEventMessage<?>> more = later.all().subList(12, 18);
        publishMore(more);
        await().atMost(PATIENCE).until(() -> caughtUp(18));

        assertThat(deadLetters.parked(DashboardProjection.PROCESSING_GROUP)).extracting(ParkedEventView::position)
                .containsExactly(8L, 14L);
        assertThat(deadLetters.evict(DashboardProjection.PROCESSING_GROUP, 8L)).isTrue();
        fault.positions = Set.of();
        assertThat(deadLetters.retry(DashboardProjection.PROCESSING_GROUP, failing).applied()).isEqualTo(1);
        assertThat(deadLetters.parked(DashboardProjection.PROCESSING_GROUP)).isEmpty();
    }

    @Test
    void parkedEventsAreRetriedOnlyByTheInstanceProcessingTheirSequence() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 6, 1, 6);
        fault.positions = Set.of(8L);
        publish(log);
        axon.start();
        await().atMost(PATIENCE).until(() -> caughtUp(log.size()));
        String failing = "company:" + GuidanceStories.companyNumber(1);
        fault.positions = Set.of();
        PooledStreamingEventProcessor dashboards = axon.eventProcessingConfiguration()
                .eventProcessor(DashboardProjection.PROCESSING_GROUP, PooledStreamingEventProcessor.class).orElseThrow();

        // as when another instance holds the dashboards' one segment
        dashboards.releaseSegment(0, 1, java.util.concurrent.TimeUnit.HOURS);
        await().atMost(PATIENCE).until(() -> dashboards.processingStatus().isEmpty());

        assertThatThrownBy(() -> deadLetters.retry(DashboardProjection.PROCESSING_GROUP, failing))
                .isInstanceOf(ParkedEvents.NotProcessedHere.class)
                .hasMessageContaining("another instance of the registry");
        assertThat(deadLetters.parked(DashboardProjection.PROCESSING_GROUP)).extracting(ParkedEventView::position)
                .containsExactly(8L);

        assertThat(dashboards.claimSegment(0)).succeedsWithin(PATIENCE);
        await().atMost(PATIENCE).until(() -> !dashboards.processingStatus().isEmpty());
        assertThat(deadLetters.retry(DashboardProjection.PROCESSING_GROUP, failing).applied()).isEqualTo(1);
        assertThat(deadLetters.parked(DashboardProjection.PROCESSING_GROUP)).isEmpty();
    }

    private void publishMore(List<TrackedEventMessage<?>> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (TrackedEventMessage<?> tracked : events) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) tracked;
            messages.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier() + "-more",
                    event.getTimestamp()));
        }
        axon.eventStore().publish(messages);
    }
}
