package dk.erhvervshuse.query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch of events costs a constant number of round trips to MongoDB, not one per event. */
class RoundTripsPerBatchTest {

    private final CountedCommands commands = new CountedCommands();
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void aClientThatCountsItsCommands() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(commands)
                .build());
        database = client.getDatabase(TestMongo.freshDatabaseName());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aBatchOf200EventsAcross20CasesReadsOnceAndWritesOncePerCollection() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 20, 9, 10);
        assertThat(log.size()).isEqualTo(200);

        commands.reset();
        Deliver.inOneBatch(new GuidanceViewsProjection(database), log.all());

        assertThat(commands.counted()).isEqualTo(Map.of("find", 2, "update", 2));
    }

    @Test
    void aBatchTwiceAsLargeCostsTheSameRoundTrips() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 40, 9, 20);
        assertThat(log.size()).isEqualTo(400);

        commands.reset();
        Deliver.inOneBatch(new GuidanceViewsProjection(database), log.all());

        assertThat(commands.counted()).isEqualTo(Map.of("find", 2, "update", 2));
    }

    @Test
    void aRedeliveredBatchIsReadButWritesNothing() {
        EventLog log = new EventLog();
        GuidanceStories.manyCases(log, 20, 9, 10);
        GuidanceViewsProjection projection = new GuidanceViewsProjection(database);
        Deliver.inOneBatch(projection, log.all());

        commands.reset();
        Deliver.inOneBatch(projection, log.all());

        assertThat(commands.counted()).isEqualTo(Map.of("find", 2));
    }

    /**
     * One read each of the index chunks, index directories and corrected subjects; one write each of those and
     * of the trail; and the index's progress mark.
     */
    @Test
    void theAuditTrailAndItsIndexesCostAConstantNumberOfCommandsPerBatch() {
        EventLog small = new EventLog();
        GuidanceStories.manyCases(small, 20, 9, 10);
        EventLog large = new EventLog();
        GuidanceStories.manyCases(large, 40, 9, 20);

        commands.reset();
        Deliver.inOneBatch(new AuditTrailProjection(database, EventSerialization.jacksonSerializer()), small.all());
        Map<String, Integer> forSmall = commands.counted();
        MongoDatabase other = client.getDatabase(TestMongo.freshDatabaseName());
        commands.reset();
        Deliver.inOneBatch(new AuditTrailProjection(other, EventSerialization.jacksonSerializer()), large.all());

        assertThat(forSmall).isEqualTo(Map.of("find", 3, "update", 5));
        assertThat(commands.counted()).isEqualTo(forSmall);
        assertThat(database.getCollection(AuditTrailProjection.AUDIT_TRAIL).countDocuments()).isEqualTo(200);
        assertThat(other.getCollection(AuditTrailProjection.AUDIT_TRAIL).countDocuments()).isEqualTo(400);
    }
}
