package dk.erhvervshuse.query.dashboard;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.CountedCommands;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards are precomputed: a dashboard or the national roll-up costs one find however long the history, an
 * explanation page two; an event batch a constant number of reads and writes however many events it holds.
 */
class DashboardRoundTripsTest {

    private final CountedCommands commands = new CountedCommands();
    private MongoClient client;
    private MongoDatabase database;
    private DashboardProjection projection;
    private MongoDashboardQueries queries;

    @BeforeEach
    void aClientThatCountsItsCommands() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(commands)
                .build());
        database = client.getDatabase(TestMongo.freshDatabaseName());
        projection = new DashboardProjection(database, new DashboardChangeHub());
        queries = new MongoDashboardQueries(database);
    }

    @AfterEach
    void close() {
        client.close();
    }

    /** {@code companies} companies at the six houses in 2025, each with a meeting, an evaluation and a referral. */
    private static EventLog yearOf(int companies) {
        EventLog log = new EventLog();
        DashboardStories story = new DashboardStories(log);
        House[] houses = House.values();
        for (int i = 0; i < companies; i++) {
            House house = houses[i % houses.length];
            String caseId = "c-" + i;
            story.opened(caseId, house, cvr(i), "2023-0" + (1 + i % 9) + "-15", i % 2 == 0 ? Segment.GROWTH
                            : Segment.OPERATIONS, "2025-01-10")
                    .meeting(caseId, house, cvr(i), "m-1", "2025-02-" + (10 + i % 18))
                    .referred(caseId, house, cvr(i), "r-1", ReferralPartner.EIFO,
                            "2025-03-01")
                    .evaluated(caseId, house, cvr(i), "e-1", i % 11, i % 3 == 0, null, "2025-04-01");
        }
        return log;
    }

    @Test
    void aDashboardCostsOneFindHoweverLongTheHistory() {
        Deliver.inBatchesOf(200, projection, yearOf(300).all());
        commands.reset();
        queries.dashboard(House.FYN, 2025);
        Map<String, Integer> forAShortHistory = commands.counted();

        Deliver.inBatchesOf(200, projection, yearOf(1200).all());
        commands.reset();
        queries.dashboard(House.FYN, 2025);

        assertThat(forAShortHistory).isEqualTo(Map.of("find", 1));
        assertThat(commands.counted()).isEqualTo(Map.of("find", 1));
    }

    @Test
    void theNationalRollUpCostsOneFindAndAContractOne() {
        Deliver.inBatchesOf(200, projection, yearOf(300).all());

        commands.reset();
        queries.nationalDashboard(2025);
        queries.resultContract(House.FYN, 2025);

        assertThat(commands.counted()).isEqualTo(Map.of("find", 2));
    }

    @Test
    void anExplanationPageCostsTwoFinds() {
        Deliver.inBatchesOf(200, projection, yearOf(600).all());
        String after = queries.explainGoal(House.FYN, 2025, "goal1", null, 40).endCursor();

        commands.reset();
        queries.explainGoal(House.FYN, 2025, "goal1", after, 40);

        assertThat(commands.counted()).isEqualTo(Map.of("find", 2));
    }

    @Test
    void aBatchOf200EventsReadsAndWritesAConstantNumberOfTimes() {
        EventLog log = yearOf(100);
        assertThat(log.size()).isEqualTo(400);

        commands.reset();
        Deliver.inOneBatch(projection, log.between(1, 200));
        Map<String, Integer> first = commands.counted();
        commands.reset();
        Deliver.inOneBatch(projection, log.between(201, 400));

        // reads: facts, explanation parts, then tallies, dashboards, contracts, deliveries; writes: facts, the note
        // of the parts about to be tallied, tallies, dashboards, then the parts with the note emptied
        assertThat(first).isEqualTo(Map.of("find", 6, "update", 5));
        assertThat(commands.counted()).isEqualTo(Map.of("find", 6, "update", 5));
    }

    @Test
    void aRedeliveredBatchReadsItsFactsAndPartsAndWritesNothing() {
        EventLog log = yearOf(50);
        Deliver.inOneBatch(projection, log.all());

        commands.reset();
        Deliver.inOneBatch(projection, log.all());

        // no part changed, so no tally, dashboard, contract or delivery is read
        assertThat(commands.counted()).isEqualTo(Map.of("find", 2));
    }
}
