package dk.erhvervshuse.query;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.CASE_VIEW;
import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.COMPANY_VIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever batches a processor cuts the log into, and however far back it restarts after a crash
 * (at-least-once delivery), the views end up as if every event had been applied exactly once.
 */
class AtLeastOnceDeliveryTest {

    /** The guidance views and everything the audit trail keeps: the trail, its indexes and corrected subjects. */
    private static final String[] VIEWS = Stream.concat(Stream.of(CASE_VIEW, COMPANY_VIEW),
            AuditTrailProjection.COLLECTIONS.stream()).toArray(String[]::new);

    private static final EventLog LOG = history();
    private static final Map<String, List<Document>> EXACTLY_ONCE = deliveredExactlyOnce();

    private static EventLog history() {
        EventLog log = new EventLog();
        GuidanceStories.wholeCase(log, "c-0");
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.managementDecides(log);
        GuidanceStories.manyCases(log, 4, 2, 2);
        return log;
    }

    private static Map<String, List<Document>> deliveredExactlyOnce() {
        MongoDatabase database = TestMongo.freshDatabase();
        Deliver.inOneBatch(new GuidanceViewsProjection(database), LOG.all());
        Deliver.inOneBatch(new AuditTrailProjection(database, EventSerialization.jacksonSerializer()), LOG.all());
        return StoredDocuments.contentsOf(database, VIEWS);
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
        GuidanceViewsProjection guidanceViews = new GuidanceViewsProjection(database);
        AuditTrailProjection auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());

        int next = 1;
        for (int delivery = 0; next <= LOG.size(); delivery++) {
            int size = batchSizes.get(delivery % batchSizes.size());
            int last = Math.min(LOG.size(), next + size - 1);
            Deliver.inOneBatch(guidanceViews, LOG.between(next, last));
            Deliver.inOneBatch(auditTrail, LOG.between(next, last));
            int rewind = Math.min(rewinds.get(delivery % rewinds.size()), last - next);
            next = last + 1 - rewind;
        }

        assertThat(StoredDocuments.contentsOf(database, VIEWS)).isEqualTo(EXACTLY_ONCE);
    }
}
