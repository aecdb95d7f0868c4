package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.StoredDocuments;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At-least-once delivery and replays: the dashboards' documents, facts and derived alike, are the same
 * however the log is cut into batches, however often a batch comes again, and when rebuilt from scratch.
 */
class DashboardRedeliveryAndReplayTest {

    private static final EventLog LOG = history();
    private static final Map<String, List<Document>> EXACTLY_ONCE = deliveredExactlyOnce();

    private DashboardFixture fixture;

    /** The realistic year, with guidance and hours events of other stories in between. */
    private static EventLog history() {
        DashboardFixture writer = new DashboardFixture();
        GuidanceStories.wholeCase(writer.log, "c-0");
        RealisticYear.write(writer.story);
        GuidanceStories.companyAtTwoHouses(writer.log);
        GuidanceStories.managementDecides(writer.log);
        return writer.log;
    }

    private static Map<String, List<Document>> deliveredExactlyOnce() {
        MongoDatabase database = TestMongo.freshDatabase();
        Deliver.inOneBatch(new DashboardProjection(database, new DashboardChangeHub()), LOG.all());
        return contentsOf(database);
    }

    private static Map<String, List<Document>> contentsOf(MongoDatabase database) {
        return StoredDocuments.contentsOf(database, DashboardNamespace.V1.collections().toArray(String[]::new));
    }

    @BeforeEach
    void aFreshProjection() {
        fixture = new DashboardFixture();
    }

    @Test
    void theHistoryCoversEveryKindOfDashboardDocument() {
        assertThat(EXACTLY_ONCE).allSatisfy((collection, documents) ->
                assertThat(documents).as(collection).isNotEmpty());
    }

    @Test
    void theSameBatchDeliveredTwiceGivesTheSameDocuments() {
        Deliver.inOneBatch(fixture.projection, LOG.all());
        Deliver.inOneBatch(fixture.projection, LOG.all());

        assertThat(contentsOf(fixture.database)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void eachEventDeliveredTwiceOnItsOwnGivesTheSameDocuments() throws Exception {
        Deliver.inOneBatch(fixture.projection, LOG.all());
        for (long position = 1; position <= LOG.size(); position += 7) {
            Deliver.oneByOne(fixture.projection, LOG.between(position, position));
        }

        assertThat(contentsOf(fixture.database)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void theDocumentsDoNotDependOnHowTheLogWasCutIntoBatches() throws Exception {
        Deliver.oneByOne(fixture.projection, LOG.all());
        assertThat(contentsOf(fixture.database)).isEqualTo(EXACTLY_ONCE);

        DashboardFixture inThrees = new DashboardFixture();
        Deliver.inBatchesOf(3, inThrees.projection, LOG.all());
        assertThat(contentsOf(inThrees.database)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void aCrashBetweenWritingTheFactsAndTheDashboardsHealsWhenTheBatchComesAgain() {
        Deliver.inBatchesOf(40, fixture.projection, LOG.between(1, 80));
        // the last batch's facts were written, but the process died before the derived documents were
        for (String derived : List.of(DashboardNamespace.V1.dashboards(), DashboardNamespace.V1.tallies(),
                DashboardNamespace.V1.explanations())) {
            fixture.database.getCollection(derived).drop();
        }
        Deliver.inBatchesOf(40, fixture.projection, LOG.between(1, 80));
        Deliver.inBatchesOf(40, fixture.projection, LOG.between(81, LOG.size()));

        assertThat(contentsOf(fixture.database)).isEqualTo(EXACTLY_ONCE);
    }

    @Test
    void aReplayFromScratchGivesTheSameDocuments() {
        Deliver.inOneBatch(fixture.projection, LOG.all());

        Deliver.reset(fixture.projection);
        assertThat(contentsOf(fixture.database).values()).allSatisfy(documents -> assertThat(documents).isEmpty());
        Deliver.inBatchesOf(11, fixture.projection, LOG.all());

        assertThat(contentsOf(fixture.database)).isEqualTo(EXACTLY_ONCE);
    }

    /**
     * @param batchSizes how many events each delivery holds, in turn
     * @param rewinds    how many of a delivery's events come again in the next (a crash before the token was stored)
     */
    @Property(tries = 10)
    void anyBatchingWithAnyRedeliveryGivesTheDocumentsOfExactlyOnceDelivery(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 60) Integer> batchSizes,
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 60) Integer> rewinds) {
        DashboardFixture delivered = new DashboardFixture();
        int next = 1;
        for (int delivery = 0; next <= LOG.size(); delivery++) {
            int size = batchSizes.get(delivery % batchSizes.size());
            int last = Math.min(LOG.size(), next + size - 1);
            Deliver.inOneBatch(delivered.projection, LOG.between(next, last));
            int rewind = Math.min(rewinds.get(delivery % rewinds.size()), last - next);
            next = last + 1 - rewind;
        }

        assertThat(contentsOf(delivered.database)).isEqualTo(EXACTLY_ONCE);
    }
}
