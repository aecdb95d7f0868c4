package dk.erhvervshuse.query.compliance;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.CountedCommands;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.StoredDocuments;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static dk.erhvervshuse.query.GuidanceStories.OTHER_COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance views are the same however the log is cut into batches, however often a batch is delivered
 * again (at-least-once delivery) and when rebuilt from scratch; and a batch costs the same round trips however
 * many events it holds.
 */
class ComplianceRedeliveryAndReplayTest {

    private static final String[] COLLECTIONS = ComplianceProjection.COLLECTIONS.toArray(String[]::new);
    private static final EventLog LOG = history();
    private static final Map<String, List<Document>> EXACTLY_ONCE = deliveredExactlyOnce();

    /**
     * Something in every view at the end (a pending decision, an unselected case, gaps, an unasked evaluation,
     * corrections), and a requirement listed for a while, until management decides it.
     */
    private static EventLog history() {
        EventLog log = new EventLog();
        GuidanceStories.wholeCase(log, "c-0");
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.managementDecides(log);
        log.append(GuidanceStories.meeting("c-1", House.HOVEDSTADEN, COMPANY, "m-3", "1.00",
                LocalDate.parse("2025-02-20")));
        log.append(new GuidanceCaseOpened("c-5", House.FYN, OTHER_COMPANY, Office.BRANCH, null, null, null, List.of(),
                LocalDate.parse("2025-04-01")));
        log.append(new UserEvaluationReceived("c-2", House.FYN, COMPANY, "e-9", 7, null, null,
                LocalDate.parse("2025-05-01")));
        GuidanceStories.manyCases(log, 4, 3, 2);
        GuidanceStories.wholeCase(log, "c-6");
        log.append(new ManagementDecisionRequired(GuidanceHoursEvent.ledgerIdOf(House.FYN, COMPANY), House.FYN,
                COMPANY, "req-fyn", new BigDecimal("20.50"), LocalDate.parse("2024-03-01"),
                LocalDate.parse("2025-02-28")));
        return log;
    }

    private static Map<String, List<Document>> deliveredExactlyOnce() {
        MongoDatabase database = TestMongo.freshDatabase();
        Deliver.inOneBatch(new ComplianceProjection(database), LOG.all());
        return StoredDocuments.contentsOf(database, COLLECTIONS);
    }

    @Test
    void theHistoryFillsEveryView() {
        assertThat(EXACTLY_ONCE).allSatisfy((collection, documents) ->
                assertThat(documents).as(collection).isNotEmpty());
    }

    /**
     * @param batchSizes how many events each delivery holds, in turn
     * @param rewinds    how many of a delivery's events come again in the next (a crash before the token was stored)
     */
    @Property(tries = 15)
    void anyBatchingWithAnyRedeliveryGivesTheViewsOfExactlyOnceDelivery(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 40) Integer> batchSizes,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 40) Integer> rewinds) {
        MongoDatabase database = TestMongo.freshDatabase();
        ComplianceProjection projection = new ComplianceProjection(database);

        int next = 1;
        for (int delivery = 0; next <= LOG.size(); delivery++) {
            int size = batchSizes.get(delivery % batchSizes.size());
            int last = Math.min(LOG.size(), next + size - 1);
            Deliver.inOneBatch(projection, LOG.between(next, last));
            int rewind = Math.min(rewinds.get(delivery % rewinds.size()), last - next);
            next = last + 1 - rewind;
        }

        assertThat(StoredDocuments.contentsOf(database, COLLECTIONS)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void aHouseYearLeftWithoutEntriesHasNoDocumentAsIfItNeverHadAny() throws Exception {
        EventLog log = new EventLog();
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.managementDecides(log);
        MongoDatabase database = TestMongo.freshDatabase();

        Deliver.oneByOne(new ComplianceProjection(database), log.all());

        assertThat(StoredDocuments.contentsOf(database, ComplianceView.TWENTY_HOURS_WITHOUT_DECISION.collection()))
                .containsEntry(ComplianceView.TWENTY_HOURS_WITHOUT_DECISION.collection(), List.of());
    }

    @Test
    void eventsDeliveredOneByOneWithoutABatchGiveTheSameViews() throws Exception {
        MongoDatabase database = TestMongo.freshDatabase();

        Deliver.oneByOne(new ComplianceProjection(database), LOG.all());

        assertThat(StoredDocuments.contentsOf(database, COLLECTIONS)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void aReplayFromScratchGivesTheSameViews() {
        MongoDatabase database = TestMongo.freshDatabase();
        ComplianceProjection projection = new ComplianceProjection(database);
        Deliver.inBatchesOf(9, projection, LOG.all());

        Deliver.reset(projection);
        assertThat(StoredDocuments.contentsOf(database, COLLECTIONS).values())
                .allSatisfy(documents -> assertThat(documents).isEmpty());
        Deliver.inBatchesOf(13, projection, LOG.all());

        assertThat(StoredDocuments.contentsOf(database, COLLECTIONS)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void aBatchCostsTheSameRoundTripsHoweverManyEventsItHoldsAndARedeliveredOneWritesNoView() {
        CountedCommands commands = new CountedCommands();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(commands)
                .build())) {
            EventLog small = new EventLog();
            GuidanceStories.manyCases(small, 20, 9, 10);
            GuidanceStories.wholeCase(small, "c-w");
            EventLog large = new EventLog();
            GuidanceStories.manyCases(large, 40, 9, 20);
            GuidanceStories.wholeCase(large, "c-w");
            ComplianceProjection projection = new ComplianceProjection(client.getDatabase(TestMongo.freshDatabaseName()));

            commands.reset();
            Deliver.inOneBatch(projection, small.all());
            Map<String, Integer> forSmall = commands.counted();
            commands.reset();
            Deliver.inOneBatch(new ComplianceProjection(client.getDatabase(TestMongo.freshDatabaseName())),
                    large.all());
            Map<String, Integer> forLarge = commands.counted();
            commands.reset();
            Deliver.inOneBatch(projection, small.all());

            assertThat(forLarge).isEqualTo(forSmall);
            assertThat(forSmall.get("find")).isLessThanOrEqualTo(2 + ComplianceView.values().length);
            assertThat(forSmall.get("update")).isLessThanOrEqualTo(2 + ComplianceView.values().length);
            assertThat(commands.counted()).doesNotContainKey("update");
        }
    }
}
