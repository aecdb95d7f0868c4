package dk.erhvervshuse.ops.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated history in the log and on the dashboards, as a benchmark sees it. On mongo-java-server's memory
 * backend, which runs the projection about three times as fast as the H2 backend: what is under test here is the
 * history, not the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticHistoryInTheLogTest {

    private static final int YEAR = 2024;

    private MongoServer server;
    private MongoClient client;

    @BeforeAll
    void startTheEmbeddedServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    void stopIt() {
        client.close();
        server.shutdownNow();
    }

    /**
     * Appended in bulk, a call at a time, the history lands in the log as generated: position order is recording
     * order, so a view "as of a recording time" reads a prefix of the log.
     */
    @Test
    void appendedInBulkTheLogHoldsTheHistoryInRecordingOrder() {
        Serializer serializer = EventSerialization.jacksonSerializer();
        CommitLogStorageEngine log = CommitLogStorageEngine.builder().database(client.getDatabase("append"))
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults());

        long first = history.appendUntil(log, 2_000);
        long more = history.appendUntil(log, 4_000);

        assertThat(first).isBetween(2_000L, 2_010L);
        assertThat(log.headPosition()).isEqualTo(first + more).isBetween(4_000L, 4_010L);
        List<DomainEventMessage<?>> generated = new ArrayList<>();
        new RealisticHistory(RealisticHistory.Options.defaults()).generateUntil(first + more, generated::addAll);
        List<? extends TrackedEventMessage<?>> stored = log.readEvents(null, false).toList();
        assertThat(stored).extracting(EventMessage::getIdentifier)
                .containsExactlyElementsOf(generated.stream().map(EventMessage::getIdentifier).toList());
        assertThat(stored).extracting(EventMessage::getTimestamp).isSorted();
        assertThat(stored.get(stored.size() - 1).getPayload()).isEqualTo(generated.get(generated.size() - 1).getPayload());
    }

    /**
     * The first 7,000 events of a smaller country (600 companies a year, 60 of them entrepreneurs) through the v1
     * dashboard projection, a year and a quarter: the first year's dashboards look like the houses' (goals 1–3 of
     * §8.1). The projection on the embedded server takes about half a millisecond an event, so more would only be
     * slower, not more telling.
     */
    @Test
    void theDashboardsOfAGeneratedYearArePlausible() {
        MongoDatabase database = client.getDatabase("dashboards");
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(
                new DashboardProjection(database, new DashboardChangeHub()));
        RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults().withSeed(11)
                .withCompaniesPerYear(600, 60));
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        long[] position = {0};

        history.generateUntil(7_000, commit -> {
            for (DomainEventMessage<?> event : commit) {
                batch.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(++position[0]), event));
            }
            if (batch.size() >= 1_000) {
                inOneBatch(projection, batch);
                batch.clear();
            }
        });
        inOneBatch(projection, batch);

        MongoDashboardQueries queries = new MongoDashboardQueries(database);
        NationalDashboardView national = queries.nationalDashboard(YEAR);
        // the year's evaluations, closings and final surveys are in
        assertThat(history.lastRecordedAt())
                .isAfter(LocalDate.of(YEAR + 1, 4, 1).atStartOfDay(HistoryChecks.COPENHAGEN).toInstant());
        assertThat(actual(national.goal("goal3.operations"))).isBetween(new BigDecimal("60"), new BigDecimal("90"));
        assertThat(actual(national.goal("goal3.growth"))).isBetween(new BigDecimal("60"), new BigDecimal("90"));
        assertThat(actual(national.goal("goal2.house"))).isBetween(new BigDecimal("35"), new BigDecimal("50"));
        assertThat(actual(national.goal("goal1"))).isBetween(new BigDecimal("45"), new BigDecimal("85"));
        for (House house : House.values()) {
            assertThat(actual(queries.dashboard(house, YEAR).goal("goal1"))).as("entrepreneurs at %s", house)
                    .isPositive();
        }
    }

    private static BigDecimal actual(GoalResultView goal) {
        assertThat(goal).isNotNull();
        assertThat(goal.actual()).as("%s: %s", goal.goalId(), goal.note()).isNotNull();
        return goal.actual();
    }

    /** As a pooled processor hands a batch over: the whole list in one {@link BatchingUnitOfWork}. */
    private static void inOneBatch(AnnotationEventHandlerAdapter projection, List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(events));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> projection.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new AssertionError("the projection failed a batch", result.exceptionResult());
        }
    }
}
