package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording times rise with log positions only roughly: an event is stamped before its commit takes its place in
 * the log, so a writer that stamped first may be appended after another (the 20-hour ledger answering a command
 * while the next command is recorded). A recording-time range of the audit trail (§10.2) still lists exactly the
 * events recorded in it, however the range's ends fall among such events.
 * <p>
 * The log below has an event every 20 seconds, but every 7th is stamped 4 minutes and every 11th 4 minutes 50
 * seconds before its place, under {@link RecordingTimeSearch#LATENESS}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingTimesOutOfOrderTest {

    private static final int PAGE = 5;

    private final EventLog log = history();
    private MongoClient client;
    private MongoAuditTrailQueries queries;

    @BeforeAll
    void projectTheHistory() {
        client = MongoClients.create(TestMongo.connectionString());
        MongoDatabase database = client.getDatabase(TestMongo.freshDatabaseName());
        Deliver.inBatchesOf(100, new GuidanceViewsProjection(database), log.all());
        Deliver.inBatchesOf(100, new AuditTrailProjection(database, EventSerialization.jacksonSerializer()), log.all());
        queries = new MongoAuditTrailQueries(database);
    }

    @AfterAll
    void close() {
        client.close();
    }

    private static Instant stampOf(long position) {
        Instant inOrder = EventLog.START.plusSeconds(20 * position);
        if (position % 11 == 5) {
            return inOrder.minusSeconds(290);
        }
        return position % 7 == 3 ? inOrder.minusSeconds(240) : inOrder;
    }

    private static EventLog history() {
        EventLog log = new EventLog().stampedBy(RecordingTimesOutOfOrderTest::stampOf);
        DashboardStories story = new DashboardStories(log);
        House[] houses = House.values();
        for (int c = 0; c < 12; c++) {
            story.opened("case-" + c, houses[c % houses.length], cvr(c), "2020-01-01", Segment.GROWTH, "2025-01-02");
        }
        for (int m = 0; m < 40; m++) {
            for (int c = 0; c < 12; c++) {
                story.meeting("case-" + c, houses[c % houses.length], cvr(c), "m-" + m, "2025-02-01");
            }
        }
        return log;
    }

    @Test
    void theHistoryIsOutOfOrderWithinTheLatenessTheSearchAllowsFor() {
        List<TrackedEventMessage<?>> events = log.all();
        int stampedBeforeAnEarlierPosition = 0;
        Instant latest = Instant.MIN;
        for (TrackedEventMessage<?> event : events) {
            if (event.getTimestamp().isBefore(latest)) {
                stampedBeforeAnEarlierPosition++;
                assertThat(Duration.between(event.getTimestamp(), latest)).isLessThan(RecordingTimeSearch.LATENESS);
            } else {
                latest = event.getTimestamp();
            }
        }
        assertThat(stampedBeforeAnEarlierPosition).isGreaterThan(events.size() / 6);
    }

    @Test
    void everyRangeStartingOrEndingAtAnyEventsRecordingTimeListsExactlyTheEventsRecordedInIt() {
        List<Instant> stamps = log.all().stream().map(TrackedEventMessage::getTimestamp).toList();
        int ranges = 0;
        for (int i = 0; i < stamps.size(); i += 13) {
            Instant from = stamps.get(i);
            Instant to = stamps.get((i * 7 + 40) % stamps.size());
            if (!from.isBefore(to)) {
                continue;
            }
            AuditFilter range = AuditFilter.wholeLog().andRecordedBetween(from, to);
            assertThat(readAllPages(range)).as("recorded from %s to %s", from, to)
                    .containsExactlyElementsOf(positionsWhere(recordedBetween(from, to)));
            assertThat(readAllPages(range.andHouse(House.FYN))).as("at Fyn, recorded from %s to %s", from, to)
                    .containsExactlyElementsOf(positionsWhere(recordedBetween(from, to).and(at(House.FYN))));
            ranges++;
        }
        assertThat(ranges).isGreaterThan(10);
    }

    @Test
    void aRangeOpenAtOneEndStillListsTheLateEventsAtTheOther() {
        Instant late = stampOf(3 + 7 * 40);

        assertThat(readAllPages(AuditFilter.wholeLog().andRecordedBetween(late, null)))
                .containsExactlyElementsOf(positionsWhere(recordedBetween(late, Instant.MAX)));
        assertThat(readAllPages(AuditFilter.wholeLog().andRecordedBetween(null, late)))
                .containsExactlyElementsOf(positionsWhere(recordedBetween(Instant.MIN, late)));
    }

    private static Predicate<TrackedEventMessage<?>> recordedBetween(Instant from, Instant to) {
        return event -> !event.getTimestamp().isBefore(from) && event.getTimestamp().isBefore(to);
    }

    private static Predicate<TrackedEventMessage<?>> at(House house) {
        return event -> event.getPayload() instanceof GuidanceCaseEvent e && e.house() == house;
    }

    private List<Long> positionsWhere(Predicate<TrackedEventMessage<?>> event) {
        return log.positionsOf(event);
    }

    private List<Long> readAllPages(AuditFilter filter) {
        return AuditPages.readAll(queries, filter, PAGE, log.size());
    }
}
