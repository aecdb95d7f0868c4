package dk.erhvervshuse.query;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dk.erhvervshuse.query.audit.AuditTrailProjection.AUDIT_TRAIL;
import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.CASE_VIEW;
import static dk.erhvervshuse.query.guidance.GuidanceViewsProjection.COMPANY_VIEW;
import static org.assertj.core.api.Assertions.assertThat;

/** At-least-once delivery and replays: the same events give the same documents, however often they come. */
class RedeliveryAndReplayTest {

    /** The guidance views and everything the audit trail keeps: the trail, its indexes and corrected subjects. */
    private static final String[] VIEWS = Stream.concat(Stream.of(CASE_VIEW, COMPANY_VIEW),
            AuditTrailProjection.COLLECTIONS.stream()).toArray(String[]::new);

    private MongoDatabase database;
    private GuidanceViewsProjection guidanceViews;
    private AuditTrailProjection auditTrail;
    private final EventLog log = new EventLog();

    @BeforeEach
    void aHistory() {
        database = TestMongo.freshDatabase();
        guidanceViews = new GuidanceViewsProjection(database);
        auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());
        GuidanceStories.wholeCase(log, "c-0");
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.managementDecides(log);
    }

    private void deliverInOneBatch(List<? extends EventMessage<?>> events) {
        Deliver.inOneBatch(guidanceViews, events);
        Deliver.inOneBatch(auditTrail, events);
    }

    private Map<String, List<Document>> views() {
        return StoredDocuments.contentsOf(database, VIEWS);
    }

    @Test
    void theSameBatchDeliveredTwiceGivesTheSameViews() {
        deliverInOneBatch(log.all());
        Map<String, List<Document>> once = views();

        deliverInOneBatch(log.all());

        assertThat(views()).isEqualTo(once);
        assertThat(once.get(AUDIT_TRAIL)).hasSize(log.size());
    }

    @Test
    void theSameEventDeliveredTwiceOnItsOwnGivesTheSameViews() throws Exception {
        deliverInOneBatch(log.all());
        Map<String, List<Document>> once = views();

        Deliver.oneByOne(guidanceViews, log.between(5, 5));
        Deliver.oneByOne(auditTrail, log.between(5, 5));

        assertThat(views()).isEqualTo(once);
    }

    @Test
    void aBatchRedeliveredFromAnEarlierPositionAfterACrashGivesTheSameViews() {
        deliverInOneBatch(log.all());
        Map<String, List<Document>> once = views();

        deliverInOneBatch(log.between(4, 15));
        deliverInOneBatch(log.between(12, log.size()));

        assertThat(views()).isEqualTo(once);
    }

    @Test
    void theViewsDoNotDependOnHowTheLogWasCutIntoBatches() throws Exception {
        deliverInOneBatch(log.all());
        Map<String, List<Document>> oneBatch = views();

        MongoDatabase other = TestMongo.freshDatabase();
        Deliver.inBatchesOf(3, new GuidanceViewsProjection(other), log.all());
        Deliver.oneByOne(new AuditTrailProjection(other, EventSerialization.jacksonSerializer()), log.all());

        assertThat(StoredDocuments.contentsOf(other, VIEWS)).isEqualTo(oneBatch);
    }

    @Test
    void aReplayFromScratchGivesTheSameViews() {
        deliverInOneBatch(log.all());
        Map<String, List<Document>> before = views();

        Deliver.reset(guidanceViews);
        Deliver.reset(auditTrail);
        assertThat(views().values()).allSatisfy(documents -> assertThat(documents).isEmpty());

        Deliver.inBatchesOf(7, guidanceViews, log.all());
        Deliver.inBatchesOf(7, auditTrail, log.all());

        assertThat(views()).isEqualTo(before);
    }
}
