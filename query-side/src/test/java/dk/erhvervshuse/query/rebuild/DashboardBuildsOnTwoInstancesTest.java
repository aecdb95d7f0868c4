package dk.erhvervshuse.query.rebuild;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
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
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances run the dashboard builds of one database: each starts a processor per build, the token store's
 * claim lets one of them read the log, and the other shows the progress the first records. A build cancelled on
 * the instance that is not building it is cleaned up only once the other has stopped writing into it.
 */
class DashboardBuildsOnTwoInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final House HOUSE = House.FYN;

    private final String databaseName = TestMongo.freshDatabaseName();
    private final MongoDatabase database = TestMongo.client().getDatabase(databaseName);
    private final EventLog log = new EventLog();
    private final DashboardStories story = new DashboardStories(log);
    private final Map<String, TokenStore> tokens = Map.of("a", tokenStore("a"), "b", tokenStore("b"));
    private Configuration axon;
    private final List<DashboardBuildRunner> runners = new ArrayList<>();
    private int published;

    private TokenStore tokenStore(String owner) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(TestMongo.client(), databaseName).build())
                .serializer(EventSerialization.jacksonSerializer())
                .nodeId(owner)
                .build();
    }

    @BeforeEach
    void startAxonAndTwoRunners() {
        DashboardProjection v1 = new DashboardProjection(database, new DashboardChangeHub());
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> EventSerialization.jacksonSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1))
                .registerComponent(TokenStore.class, c -> tokens.get("a"));
        configurer.eventProcessing(processing -> {
            processing.registerEventHandler(c -> v1);
            QuerySideAutoConfiguration.configureProcessors(processing);
        });
        axon = configurer.buildConfiguration();
        axon.start();
        for (String instance : List.of("a", "b")) {
            DashboardBuildRunner runner = new DashboardBuildRunner(database, axon.eventStore(), tokens.get(instance),
                    new DashboardChangeHub(), Clock.systemUTC(), 50, name -> instance.equals("a")
                    ? axon.eventProcessingConfiguration().eventProcessor(name, StreamingEventProcessor.class)
                    : java.util.Optional.empty());
            runners.add(runner);
            runner.start();
        }
    }

    @AfterEach
    void stop() {
        runners.forEach(DashboardBuildRunner::stop);
        axon.shutdown();
    }

    private void guidance(int from, int to) {
        for (int n = from; n < to; n++) {
            story.opened("c-" + n, HOUSE, cvr(n), "2022-04-20", Segment.GROWTH, "2025-03-25")
                    .meeting("c-" + n, HOUSE, cvr(n), "m-1", "2025-03-25");
        }
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

    /** The instance whose claim the build's processor holds in the token store. */
    private String builder(String buildId) {
        Document token = database.getCollection("trackingtokens")
                .find(new Document("processorName", "dashboard-build-" + buildId)).first();
        return token == null ? null : token.getString("owner");
    }

    private DashboardBuildRunner runner(String instance) {
        return runners.get(instance.equals("a") ? 0 : 1);
    }

    private long documentsOf(String buildId) {
        BuildRecord record = new BuildRecords(database).find(buildId).orElseThrow();
        return record.namespace().collections().stream()
                .mapToLong(collection -> database.getCollection(collection).countDocuments()).sum();
    }

    @Test
    void oneInstanceBuildsAndBothShowHowFarItIs() {
        guidance(1, 6);
        runner("a").start("v2", BuildBound.NONE, "analyst");

        await().atMost(PATIENCE).until(() -> runner("b").build("v2-1").orElseThrow().status() == BuildStatus.LIVE);
        String building = builder("v2-1");
        String other = building.equals("a") ? "b" : "a";
        await().atMost(PATIENCE).until(() -> runner(other).build("v2-1").orElseThrow().progress().eventsDone()
                == log.size());

        DashboardBuildView seenByTheOther = runner(other).build("v2-1").orElseThrow();
        assertThat(seenByTheOther.progress().eventsTotal()).isEqualTo(log.size());
        assertThat(seenByTheOther.progress().percentDone()).isEqualTo(100.0);
        assertThat(runner(other).dashboards("v2-1").dashboard(HOUSE, 2025).goal("goal1").actual())
                .isEqualByComparingTo(runner(building).dashboards("v2-1").dashboard(HOUSE, 2025).goal("goal1").actual());
    }

    @Test
    void aBuildRetiredOnTheInstanceNotBuildingItIsCleanedUpOnceTheOtherHasStopped() {
        guidance(1, 20);
        runner("a").start("v2", BuildBound.NONE, "analyst");
        await().atMost(PATIENCE).until(() -> runner("a").build("v2-1").orElseThrow().status() == BuildStatus.LIVE);
        String other = builder("v2-1").equals("a") ? "b" : "a";

        // the building instance is still writing these into the build when the other retires it
        guidance(20, 60);
        DashboardBuildView retired = runner(other).retire("v2-1", "admin");

        assertThat(retired.status()).isEqualTo(BuildStatus.RETIRED);
        await().atMost(PATIENCE).until(() -> new BuildRecords(database).find("v2-1").orElseThrow().cleanedUp());
        assertThat(tokens.get(other).fetchSegments("dashboard-build-v2-1")).isEmpty();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> documentsOf("v2-1") == 0);
    }
}
