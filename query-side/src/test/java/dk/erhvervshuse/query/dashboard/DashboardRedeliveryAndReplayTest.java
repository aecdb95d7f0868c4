package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.StoredDocuments;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * A run that dies after writing its tallies and dashboards but before its parts (which it writes last) leaves a
     * note of the parts it tallied; when the batch comes again together with the event that undoes it (a meeting
     * withdrawn right after it was recorded), the parts it derives are the ones stored, and only the note tells
     * that the tallies counted what they never got.
     */
    @Test
    void aRunThatDiesBeforeItsPartsHealsEvenWhenTheBatchComesAgainWithItsUndoing() {
        int undone = 0;
        for (long withdrawn : LOG.positionsWhere(GuidanceMeetingWithdrawn.class::isInstance)) {
            GuidanceMeetingWithdrawn withdrawal = (GuidanceMeetingWithdrawn) LOG.between(withdrawn, withdrawn).get(0)
                    .getPayload();
            long recorded = LOG.positionsWhere(payload -> payload instanceof GuidanceMeetingRecorded meeting
                    && meeting.caseId().equals(withdrawal.caseId())
                    && meeting.meetingId().equals(withdrawal.meetingId())).get(0);
            DashboardFixture crashed = new DashboardFixture();
            Deliver.inOneBatch(crashed.projection, LOG.between(1, recorded - 1));
            if (!deliverDyingBeforeTheParts(crashed, LOG.between(recorded, recorded))) {
                continue; // the meeting changed no part (another meeting of the case already counted)
            }
            undone++;
            Deliver.inOneBatch(crashed.projection, LOG.between(recorded, withdrawn));
            Deliver.inOneBatch(crashed.projection, LOG.between(withdrawn + 1, LOG.size()));

            assertThat(contentsOf(crashed.database)).as("died at the recording of %s/%s", withdrawal.caseId(),
                    withdrawal.meetingId()).isEqualTo(EXACTLY_ONCE);
        }
        assertThat(undone).as("withdrawals in the log whose meeting changed a part").isPositive();
    }

    @Test
    void aRunThatDiesBeforeItsPartsHealsWhenItsEventsComeAgainCutOtherwise() {
        for (int cut : new int[]{0, LOG.size() / 4, LOG.size() / 2, LOG.size() - 20}) {
            DashboardFixture crashed = new DashboardFixture();
            if (cut > 0) {
                Deliver.inOneBatch(crashed.projection, LOG.between(1, cut));
            }
            assertThat(deliverDyingBeforeTheParts(crashed, LOG.between(cut + 1, Math.min(LOG.size(), cut + 40))))
                    .as("the dying batch after position %d changes some part", cut).isTrue();
            Deliver.inBatchesOf(7, crashed.projection, LOG.between(cut + 1, LOG.size()));

            assertThat(contentsOf(crashed.database)).as("died after position %d", cut).isEqualTo(EXACTLY_ONCE);
        }
    }

    /**
     * Delivers the batch as a run that died after its tallies' and dashboards' writes but before its parts': the
     * explanation parts are put back as they were before it (the emptied note among them), with the note the run
     * writes before its tallies.
     * Returns whether the batch changed any part (if not, there is nothing to put back and no note).
     */
    private static boolean deliverDyingBeforeTheParts(DashboardFixture fixture, List<? extends EventMessage<?>> batch) {
        MongoCollection<Document> parts = fixture.database.getCollection(DashboardNamespace.V1.explanations());
        Map<Object, Document> before = byId(parts);
        Deliver.inOneBatch(fixture.projection, batch);
        Map<Object, Document> after = byId(parts);
        Set<Object> changed = new TreeSet<>(Comparator.comparing(Object::toString));
        changed.addAll(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(id -> Objects.equals(before.get(id), after.get(id)));
        String note = Derivation.pendingIdOf(DashboardNamespace.V1);
        changed.remove(note);
        if (changed.isEmpty()) {
            return false;
        }
        parts.deleteMany(new Document());
        before.remove(note);
        if (!before.isEmpty()) {
            parts.insertMany(new ArrayList<>(before.values()));
        }
        parts.insertOne(new Document("_id", note)
                .append(Derivation.PENDING_PARTS, changed.stream().map(Object::toString).toList()));
        return true;
    }

    private static Map<Object, Document> byId(MongoCollection<Document> collection) {
        Map<Object, Document> documents = new LinkedHashMap<>();
        collection.find().forEach(document -> documents.put(document.get("_id"), document));
        return documents;
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
