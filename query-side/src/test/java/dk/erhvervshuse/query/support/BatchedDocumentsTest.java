package dk.erhvervshuse.query.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedDocumentsTest {

    private static final String TALLIES = "tallies";

    private MongoCollection<Document> tallies;
    private BatchedDocuments documents;

    @BeforeEach
    void aProjectionCountingEventsPerKey() {
        MongoDatabase database = TestMongo.freshDatabase();
        tallies = database.getCollection(TALLIES);
        documents = new BatchedDocuments(database, "tallies",
                (event, needs) -> needs.document(TALLIES, event.getPayload()));
    }

    private static List<EventMessage<?>> events(String... keys) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            events.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(i + 1L),
                    GenericEventMessage.asEventMessage(keys[i])));
        }
        return events;
    }

    /** Counts the event under its key: a bare increment, safe only because of the position guard. */
    private void tally(EventMessage<?> event) {
        long position = LogPosition.of(((TrackedEventMessage<?>) event).trackingToken());
        documents.apply(event, position, changes -> changes.update(TALLIES, event.getPayload(),
                document -> document.put("count", document.getInteger("count", 0) + 1)));
    }

    private ResultMessage<?> inOneBatch(BatchingUnitOfWork<EventMessage<?>> batch) {
        return batch.executeWithResult(() -> {
            EventMessage<?> event = batch.getMessage();
            if (event.getPayload().equals("poison")) {
                throw new IllegalStateException("this event cannot be applied");
            }
            tally(event);
            return null;
        });
    }

    private int countOf(String key) {
        Document document = tallies.find(new Document("_id", key)).first();
        return document == null ? 0 : document.getInteger("count");
    }

    @Test
    void theBatchIsWrittenBeforeTheProcessorStoresItsTokenOnPrepareCommit() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("a", "b", "a"));
        AtomicLong writtenWhenTokenStored = new AtomicLong(-1);
        // A pooled processor registers its token store before any handler runs, as here.
        batch.onPrepareCommit(u -> writtenWhenTokenStored.set(tallies.countDocuments()));

        assertThat(inOneBatch(batch).isExceptional()).isFalse();

        assertThat(writtenWhenTokenStored).hasValue(2);
        assertThat(countOf("a")).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsPartWayWritesNothing() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("a", "b", "poison", "c"));

        assertThat(inOneBatch(batch).isExceptional()).isTrue();

        assertThat(batch.isRolledBack()).isTrue();
        assertThat(tallies.countDocuments()).isZero();
    }

    @Test
    void outsideAUnitOfWorkAnEventIsABatchOfOneWrittenAtOnce() {
        List<EventMessage<?>> events = events("a", "a");

        tally(events.get(0));
        assertThat(countOf("a")).isEqualTo(1);
        tally(events.get(1));
        tally(events.get(1));

        assertThat(countOf("a")).isEqualTo(2);
    }

    @Test
    void anEventAlreadyAppliedToADocumentIsSkippedSoABareIncrementStaysExact() {
        List<EventMessage<?>> events = events("a", "b", "a", "a");
        inOneBatch(new BatchingUnitOfWork<>(events));

        inOneBatch(new BatchingUnitOfWork<>(events.subList(1, 4)));

        assertThat(countOf("a")).isEqualTo(3);
        assertThat(countOf("b")).isEqualTo(1);
        assertThat(tallies.find(new Document("_id", "a")).first().getLong(BatchedDocuments.LAST_POSITION))
                .isEqualTo(4L);
    }

    @Test
    void anEventIsCountedAsAppliedOnceItsBatchIsWrittenAndNotAgainWhenDeliveredAgain() {
        long before = AppliedEvents.of("tallies");
        List<EventMessage<?>> events = events("a", "b", "a", "a");

        inOneBatch(new BatchingUnitOfWork<>(events.subList(0, 2)));
        inOneBatch(new BatchingUnitOfWork<>(events));
        inOneBatch(new BatchingUnitOfWork<>(events.subList(2, 4)));

        assertThat(AppliedEvents.of("tallies") - before).isEqualTo(4);
    }

    @Test
    void theEventsOfABatchThatWroteNothingAreNotCountedUntilTheyAreWritten() {
        long before = AppliedEvents.of("tallies");
        List<EventMessage<?>> events = events("a", "b", "poison", "c");

        assertThat(inOneBatch(new BatchingUnitOfWork<>(events)).isExceptional()).isTrue();
        assertThat(AppliedEvents.of("tallies") - before).isZero();

        inOneBatch(new BatchingUnitOfWork<>(events.subList(0, 2)));
        assertThat(AppliedEvents.of("tallies") - before).isEqualTo(2);
    }

    /** One batch in which, before its last event, another writer writes {@code written} as it stands now. */
    private ResultMessage<?> inOneBatchWhileAnotherWrites(List<EventMessage<?>> events, Document written) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        return batch.executeWithResult(() -> {
            if (batch.isLastMessage()) {
                tallies.replaceOne(new Document("_id", written.get("_id")), written,
                        new com.mongodb.client.model.ReplaceOptions().upsert(true));
            }
            tally(batch.getMessage());
            return null;
        });
    }

    @Test
    void aDocumentAnotherWriterChangedAfterTheBatchReadItFailsTheBatchInsteadOfBeingSetBack() {
        inOneBatch(new BatchingUnitOfWork<>(events("a")));
        Document newer = new Document("_id", "a").append("count", 40).append(BatchedDocuments.LAST_POSITION, 90L);

        ResultMessage<?> result = inOneBatchWhileAnotherWrites(events("x", "a", "b"), newer);

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(BatchedDocuments.ConcurrentWrite.class);
        assertThat(tallies.find(new Document("_id", "a")).first()).isEqualTo(newer);
    }

    @Test
    void aDocumentAnotherWriterCreatedAfterTheBatchFoundItMissingFailsTheBatch() {
        Document created = new Document("_id", "b").append("count", 7).append(BatchedDocuments.LAST_POSITION, 90L);

        ResultMessage<?> result = inOneBatchWhileAnotherWrites(events("a", "b", "c"), created);

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).isInstanceOf(BatchedDocuments.ConcurrentWrite.class);
        assertThat(tallies.find(new Document("_id", "b")).first()).isEqualTo(created);
    }

    @Test
    void aBatchDeliveredAgainAfterAConflictReadsAfreshAndAppliesOnlyWhatIsNew() {
        inOneBatch(new BatchingUnitOfWork<>(events("a")));
        List<EventMessage<?>> events = events("a", "a", "a");
        Document byTheOther = new Document("_id", "a").append("count", 2).append(BatchedDocuments.LAST_POSITION, 2L);
        assertThat(inOneBatchWhileAnotherWrites(events, byTheOther).isExceptional()).isTrue();

        assertThat(inOneBatch(new BatchingUnitOfWork<>(events)).isExceptional()).isFalse();

        assertThat(countOf("a")).isEqualTo(3);
    }

    @Test
    void duringAReplayThePositionIsReadFromInsideTheReplayToken() {
        GlobalSequenceTrackingToken current = new GlobalSequenceTrackingToken(7);

        assertThat(LogPosition.of(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(20), current)))
                .isEqualTo(7);
        assertThat(LogPosition.of(current)).isEqualTo(7);
    }
}
