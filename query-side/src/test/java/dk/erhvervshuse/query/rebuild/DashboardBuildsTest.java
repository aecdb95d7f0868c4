package dk.erhvervshuse.query.rebuild;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardDiff;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Dashboard builds: a definition set built from the start of the log into its own collections by its own
 * processor while the configured v1 keeps serving, promoted, retired, cancelled, bounded to a past position,
 * recording time or business date, and resumed after a restart.
 */
class DashboardBuildsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final House HOUSE = House.FYN;

    private final MongoDatabase database = TestMongo.freshDatabase();
    private final TokenStore tokens = new InMemoryTokenStore();
    private final DashboardChangeHub changes = new DashboardChangeHub();
    private final EventLog log = new EventLog();
    private final DashboardStories story = new DashboardStories(log);
    private final Gate gate = new Gate();
    private Configuration axon;
    private DashboardBuildRunner builds;
    private int published;

    @BeforeEach
    void startAxonWithTheConfiguredV1() {
        DashboardProjection v1 = new DashboardProjection(database, changes);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1));
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> v1);
            QuerySideAutoConfiguration.configureProcessors(processing);
        });
        axon = configurer.buildConfiguration();
        axon.start();
        builds = runner();
        builds.start();
    }

    private DashboardBuildRunner runner() {
        return new DashboardBuildRunner(database, gate, tokens, changes, Clock.systemUTC(), 50,
                name -> axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class));
    }

    @AfterEach
    void stop() {
        gate.open();
        builds.stop();
        axon.shutdown();
    }

    /**
     * Companies that move between goal1/v1 and goal1/v2: under 3 at the first meeting but 3 or more at the end
     * of 2025 (cvr 1 and 3); under 3 throughout (cvr 2); old throughout (cvr 4).
     */
    private void aYearOfGuidance() {
        story.opened("c-1", HOUSE, cvr(1), "2022-04-20", Segment.GROWTH, "2025-03-25")
                .meeting("c-1", HOUSE, cvr(1), "m-1", "2025-03-25")
                .opened("c-2", HOUSE, cvr(2), "2024-01-10", Segment.GROWTH, "2025-04-02")
                .meeting("c-2", HOUSE, cvr(2), "m-1", "2025-04-02")
                .opened("c-3", HOUSE, cvr(3), "2022-09-01", Segment.OPERATIONS, "2025-05-15")
                .meeting("c-3", HOUSE, cvr(3), "m-1", "2025-05-15")
                .opened("c-4", HOUSE, cvr(4), "2001-01-01", Segment.OPERATIONS, "2025-06-01")
                .meeting("c-4", HOUSE, cvr(4), "m-1", "2025-06-01");
    }

    private void publish() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (EventMessage<?> tracked : log.between(published + 1, log.size())) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) tracked;
            events.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getPayload(), event.getMetaData(), event.getIdentifier(),
                    event.getTimestamp()));
        }
        published = log.size();
        axon.eventStore().publish(events);
    }

    private DashboardBuildView awaitStatus(String id, BuildStatus status) {
        await().atMost(PATIENCE).until(() -> builds.build(id).orElseThrow().status() == status);
        return builds.build(id).orElseThrow();
    }

    private DashboardView v1(int year) {
        return builds.dashboards("v1").dashboard(HOUSE, year);
    }

    private void awaitV1CaughtUp() {
        await().atMost(PATIENCE).until(() -> axon.eventProcessingConfiguration()
                .eventProcessor(DashboardProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow()
                .processingStatus().values().stream().allMatch(status ->
                        status.getCurrentPosition().orElse(0) >= log.size()));
    }

    @Test
    void aNewDefinitionSetIsBuiltBesideTheServingOneAndTheCompaniesThatMoveAreListedWithTheirReasons() {
        aYearOfGuidance();
        publish();
        awaitV1CaughtUp();
        DashboardView before = builds.dashboards(null).dashboard(HOUSE, 2025);

        DashboardBuildView started = builds.start("v2", BuildBound.NONE, "analyst");
        assertThat(started.id()).isEqualTo("v2-1");
        assertThat(started.definitions()).contains("goal1/v2", "goal4/v2", "goal5.operations.productivity/v2");
        assertThat(started.isDefault()).isFalse();
        DashboardBuildView live = awaitStatus("v2-1", BuildStatus.LIVE);

        assertThat(live.progress().eventsDone()).isEqualTo(log.size());
        assertThat(live.progress().percentDone()).isEqualTo(100.0);
        assertThat(live.finishedAt()).isNotNull();
        assertThat(builds.defaultBuild()).isEqualTo("v1");
        assertThat(builds.dashboards(null).dashboard(HOUSE, 2025)).isEqualTo(before);
        assertThat(before.goal("goal1").actual()).isEqualByComparingTo("3");
        DashboardView underV2 = builds.dashboards("v2-1").dashboard(HOUSE, 2025);
        assertThat(underV2.definitionSet()).isEqualTo("v2");
        assertThat(underV2.goal("goal1").actual()).isEqualByComparingTo("1");

        DashboardDiff diff = builds.diff("v1", "v2-1", HOUSE, 2025, 100);
        DashboardDiff.Goal goal1 = diff.scopes().get(0).goals().stream()
                .filter(goal -> goal.goalId().equals("goal1")).findFirst().orElseThrow();
        assertThat(goal1.changed()).isTrue();
        assertThat(goal1.fromDefinition()).isEqualTo("goal1/v1");
        assertThat(goal1.toDefinition()).isEqualTo("goal1/v2");
        assertThat(goal1.moved()).extracting(DashboardDiff.Moved::cvr).containsExactly(cvr(1), cvr(3));
        DashboardDiff.Moved first = goal1.moved().get(0);
        assertThat(first.fromCounted()).isTrue();
        assertThat(first.toCounted()).isFalse();
        assertThat(first.fromReason()).isEqualTo("company 2 years, 11 months and 5 days old at its first meeting on "
                + "2025-03-25 (founded 2022-04-20): under 3 years");
        assertThat(first.toReason()).isEqualTo("company 3 years, 8 months and 11 days old at the end of 2025 "
                + "(founded 2022-04-20): not under 3 years");
        assertThat(diff.scopes().get(0).goals()).filteredOn(goal -> !goal.goalId().equals("goal1")
                        && !goal.goalId().equals("goal4") && !goal.goalId().startsWith("goal5.operations"))
                .allSatisfy(goal -> assertThat(goal.changed()).as(goal.goalId()).isFalse());
    }

    @Test
    void aLiveBuildFollowsTheLogAndPromotingItMakesTheDashboardsAnswerWithIt() {
        aYearOfGuidance();
        publish();
        builds.start("v2", BuildBound.NONE, "analyst");
        awaitStatus("v2-1", BuildStatus.LIVE);

        story.opened("c-5", HOUSE, cvr(5), "2023-11-01", Segment.GROWTH, "2025-08-01")
                .meeting("c-5", HOUSE, cvr(5), "m-1", "2025-08-01");
        publish();
        await().atMost(PATIENCE).until(() ->
                builds.dashboards("v2-1").dashboard(HOUSE, 2025).goal("goal1").actual().intValue() == 2);

        DashboardBuildView promoted = builds.promote("v2-1", "analyst");
        assertThat(promoted.isDefault()).isTrue();
        assertThat(promoted.promotedBy()).isEqualTo("analyst");
        assertThat(builds.defaultBuild()).isEqualTo("v2-1");
        assertThat(new DefaultBuildDashboards(builds).dashboard(HOUSE, 2025).definitionSet()).isEqualTo("v2");
        assertThat(builds.build("v1").orElseThrow().isDefault()).isFalse();
        awaitV1CaughtUp();
        // the old version stays queryable until retired
        assertThat(builds.dashboards("v1").dashboard(HOUSE, 2025).goal("goal1").actual()).isEqualByComparingTo("4");

        assertThatThrownBy(() -> builds.retire("v2-1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo("build.isDefault"));
        assertThatThrownBy(() -> builds.retire("v1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo("build.configured"));
        builds.promote("v1", "analyst");
        DashboardBuildView retired = builds.retire("v2-1", "analyst");
        assertThat(retired.status()).isEqualTo(BuildStatus.RETIRED);
        assertThat(retired.endedBy()).isEqualTo("analyst");
        assertThat(database.listCollectionNames().into(new ArrayList<>())).noneMatch(name ->
                name.startsWith("dashboard_v2_1_"));
        assertThatThrownBy(() -> builds.dashboards("v2-1")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo("build.notReadable"));
    }

    @Test
    void listenersHearTheDefaultBuildsDashboardsOnly() {
        aYearOfGuidance();
        publish();
        builds.start("v2", BuildBound.NONE, "analyst");
        awaitStatus("v2-1", BuildStatus.LIVE);
        awaitV1CaughtUp();
        List<DashboardView> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        changes.subscribe(HOUSE, heard::add);

        builds.promote("v2-1", "analyst");
        story.opened("c-6", HOUSE, cvr(6), "2024-02-01", Segment.GROWTH, "2025-09-01")
                .meeting("c-6", HOUSE, cvr(6), "m-1", "2025-09-01");
        publish();

        await().atMost(PATIENCE).until(() -> !heard.isEmpty());
        awaitV1CaughtUp();
        await().atMost(PATIENCE).until(() -> builds.build("v2-1").orElseThrow().progress().eventsDone()
                == log.size());
        assertThat(heard).extracting(DashboardView::definitionSet).containsOnly("v2");
    }

    @Test
    void aBuildStillReadingTheLogCanBeCancelledAndNotPromoted() {
        aYearOfGuidance();
        publish();
        gate.close();
        DashboardBuildView started = builds.start("v2", BuildBound.NONE, "analyst");
        assertThat(started.status()).isEqualTo(BuildStatus.BUILDING);

        assertThatThrownBy(() -> builds.promote("v2-1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> {
                    assertThat(rejected.kind()).isEqualTo(BuildRejected.Kind.CONFLICT);
                    assertThat(rejected.rule()).isEqualTo("build.notLive");
                    assertThat(rejected.getMessage()).contains("v2-1 is BUILDING");
                });
        builds.start("v2", BuildBound.NONE, "analyst");
        assertThatThrownBy(() -> builds.start("v1", BuildBound.NONE, "analyst"))
                .isInstanceOfSatisfying(BuildRejected.class, rejected ->
                        assertThat(rejected.rule()).isEqualTo("builds.tooMany"));

        DashboardBuildView cancelled = builds.cancel("v2-1", "analyst");
        assertThat(cancelled.status()).isEqualTo(BuildStatus.CANCELLED);
        assertThat(cancelled.endedBy()).isEqualTo("analyst");
        assertThatThrownBy(() -> builds.cancel("v2-1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo("build.notBuilding"));
        assertThatThrownBy(() -> builds.cancel("v9-1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.kind()).isEqualTo(BuildRejected.Kind.NOT_FOUND));

        gate.open();
        awaitStatus("v2-2", BuildStatus.LIVE);
        assertThat(builds.build("v2-1").orElseThrow().status()).isEqualTo(BuildStatus.CANCELLED);
        assertThat(builds.builds()).extracting(DashboardBuildView::id).containsExactly("v1", "v2-1", "v2-2");
    }

    @Test
    void badRequestsNameTheFieldAndTheRule() {
        aYearOfGuidance();
        publish();
        assertThatThrownBy(() -> builds.start("v7", BuildBound.NONE, "analyst"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("definitionSet: there is no definition set 'v7'; known are [v1, v2]");
        assertThatThrownBy(() -> builds.start("v2", BuildBound.recordedUpTo(Instant.now().plusSeconds(3600)),
                "analyst")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("upTo.recordedAt:");
        assertThatThrownBy(() -> builds.start("v2", BuildBound.happenedBy(LocalDate.now().plusDays(2)), "analyst"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("upTo.businessDate:");
        assertThatThrownBy(() -> builds.start("v2", BuildBound.upToPosition(log.size() + 1), "analyst"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upTo.position: " + (log.size() + 1) + " is past the end of the log (" + log.size() + ")");
        assertThatThrownBy(() -> new BuildBound(3L, Instant.EPOCH, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("upTo: give at most one");
        assertThat(builds.builds()).extracting(DashboardBuildView::id).containsExactly("v1");
    }

    /** The v1 dashboard of the first {@code upTo} events, built directly: what a bounded build must equal. */
    private DashboardView v1Over(List<TrackedEventMessage<?>> events, int year) {
        DashboardNamespace namespace = new DashboardNamespace("v1", "expected_" + events.size() + "_");
        Deliver.inOneBatch(new DashboardProjection(database, DefinitionSets.V1, namespace, null), events);
        return new MongoDashboardQueries(database, DefinitionSets.V1, namespace).dashboard(HOUSE, year);
    }

    @Test
    void aBuildBoundedToAPositionShowsTheDashboardsAsTheyStoodThenAndStops() {
        aYearOfGuidance();
        publish();
        DashboardBuildView started = builds.start("v1", BuildBound.upToPosition(4), "auditor");
        assertThat(started.stopsAt()).isEqualTo(4);
        DashboardBuildView complete = awaitStatus("v1-1", BuildStatus.COMPLETE);

        assertThat(complete.progress().eventsDone()).isEqualTo(4);
        assertThat(complete.progress().eventsTotal()).isEqualTo(4);
        DashboardView asOf = builds.dashboards("v1-1").dashboard(HOUSE, 2025);
        assertThat(asOf.goal("goal1").actual()).isEqualByComparingTo("2");
        assertThat(asOf).isEqualTo(v1Over(log.between(1, 4), 2025));
        assertThatThrownBy(() -> builds.promote("v1-1", "analyst")).isInstanceOfSatisfying(BuildRejected.class,
                rejected -> assertThat(rejected.rule()).isEqualTo("build.notLive"));
    }

    @Test
    void aBuildAsRecordedAtAMomentTakesTheEventsRecordedByThen() {
        aYearOfGuidance();
        publish();
        builds.start("v1", BuildBound.recordedUpTo(EventLog.recordedAtOf(6)), "auditor");
        awaitStatus("v1-1", BuildStatus.COMPLETE);

        assertThat(builds.dashboards("v1-1").dashboard(HOUSE, 2025)).isEqualTo(v1Over(log.between(1, 6), 2025));
    }

    @Test
    void aBuildAsHappenedByADateTakesWhatHappenedByThenWithEveryCorrection() {
        aYearOfGuidance();
        // recorded later, about a meeting before the date: it counts
        story.meetingWithdrawn("c-2", HOUSE, cvr(2), "m-1", "registered on the wrong company");
        publish();
        builds.start("v1", BuildBound.happenedBy(LocalDate.parse("2025-05-14")), "auditor");
        awaitStatus("v1-1", BuildStatus.COMPLETE);

        // by 14 May 2025: c-1 and c-2 had met (c-3 on 15 May, c-4 in June), and c-2's meeting was withdrawn
        DashboardView asOf = builds.dashboards("v1-1").dashboard(HOUSE, 2025);
        assertThat(asOf.goal("goal1").actual()).isEqualByComparingTo("1");
        assertThat(builds.dashboards("v1-1").explainGoal(HOUSE, 2025, "goal1", null, 10).entries())
                .extracting(entry -> entry.cvr() + ":" + entry.counted())
                .containsExactly(cvr(1) + ":true", cvr(2) + ":false");
    }

    @Test
    void buildsAndTheDefaultSurviveARestartAndABuildResumesFromItsToken() {
        aYearOfGuidance();
        publish();
        builds.start("v2", BuildBound.NONE, "analyst");
        awaitStatus("v2-1", BuildStatus.LIVE);
        builds.promote("v2-1", "analyst");
        builds.stop();

        story.opened("c-5", HOUSE, cvr(5), "2023-11-01", Segment.GROWTH, "2025-08-01")
                .meeting("c-5", HOUSE, cvr(5), "m-1", "2025-08-01");
        publish();
        builds = runner();
        builds.start();

        assertThat(builds.defaultBuild()).isEqualTo("v2-1");
        assertThat(builds.builds()).extracting(DashboardBuildView::id, DashboardBuildView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", BuildStatus.LIVE),
                        org.assertj.core.groups.Tuple.tuple("v2-1", BuildStatus.LIVE));
        await().atMost(PATIENCE).until(() ->
                builds.dashboards(null).dashboard(HOUSE, 2025).goal("goal1").actual().intValue() == 2);
    }

    /** The log, with a gate that holds back its events while closed (a build that cannot read yet). */
    private final class Gate implements StreamableMessageSource<TrackedEventMessage<?>> {

        private volatile CountDownLatch latch = new CountDownLatch(0);

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        private StreamableMessageSource<TrackedEventMessage<?>> log() {
            return axon.eventStore();
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            BlockingStream<TrackedEventMessage<?>> stream = log().openStream(trackingToken);
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return latch.getCount() > 0 ? Optional.empty() : stream.peek();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                    if (!latch.await(timeout, unit)) {
                        return false;
                    }
                    return stream.hasNextAvailable(timeout, unit);
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                    latch.await();
                    return stream.nextAvailable();
                }

                @Override
                public void close() {
                    stream.close();
                }
            };
        }

        @Override
        public TrackingToken createTailToken() {
            return log().createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return log().createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return log().createTokenAt(dateTime);
        }
    }
}
