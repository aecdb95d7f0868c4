package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.query.api.AuditCorrection;
import dk.erhvervshuse.query.guidance.GuidanceEventFacts;
import dk.erhvervshuse.query.support.BatchWork;
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.list;

/**
 * Writes one {@code audit_trail} document per event of the log, of every type, keyed by its log
 * position, with what a correction changed ({@link AuditCorrections}); and, in the same batch writes, the
 * trail's indexes by house, user and event type ({@link AuditIndex}). The entry belongs to its event alone
 * and is replaced whole; the index and the corrected subjects hold sets and versions by position, so a
 * redelivery changes nothing. One read per collection and one {@code bulkWrite} per collection per batch,
 * then the index's progress mark.
 * <p>
 * The processing group was {@code audit-trail} before the trail was indexed; under its new name a processor
 * starts from the beginning of the log, so an existing trail is rebuilt with its indexes and corrections on
 * the first start, instead of being indexed only from then on.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail-v2";
    public static final String AUDIT_TRAIL = "audit_trail";
    /** Every collection this projection keeps: the trail, its indexes, its progress mark and corrected subjects. */
    public static final List<String> COLLECTIONS = List.of(AUDIT_TRAIL, AuditIndex.DIRECTORIES, AuditIndex.CHUNKS,
            AuditIndex.PROGRESS, AuditCorrections.SUBJECTS);

    private final MongoDatabase database;
    private final Serializer serializer;
    private final BatchedDocuments documents;
    /** The highest position of the batch, marked as indexed once the batch's documents are written. */
    private final BatchWork<AtomicLong> indexedMark = new BatchWork<>(
            AuditTrailProjection.class.getName() + "@indexed@" + System.identityHashCode(this),
            highest -> markIndexedUpTo(highest.get()));

    /** @param serializer renders payloads as the log stores them: the event serializer */
    public AuditTrailProjection(MongoDatabase database, @Qualifier("eventSerializer") Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
        this.documents = new BatchedDocuments(database, PROCESSING_GROUP, AuditTrailProjection::keysOf);
    }

    /**
     * An event needs its index chunks and directories, known from its position and its own facts, and the
     * subject it may correct. The audit entry itself is written without being read.
     */
    private static void keysOf(EventMessage<?> message, BatchedDocuments.KeySink needs) {
        Object payload = message.getPayload();
        String subject = AuditCorrections.subjectOf(payload);
        if (subject != null) {
            needs.document(AuditCorrections.SUBJECTS, subject);
        }
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            long chunk = AuditIndex.chunkOf(LogPosition.of(tracked.trackingToken()));
            Document facts = new Document(AuditTrailDocument.HOUSE, AuditFacts.house(payload))
                    .append(AuditTrailDocument.USER_ID, Recording.of(message).userId())
                    .append(AuditTrailDocument.EVENT_TYPE, message.getPayloadType().getSimpleName());
            for (AuditIndex.Key key : AuditIndex.keysOf(facts)) {
                needs.document(AuditIndex.CHUNKS, key.chunkId(chunk));
                needs.document(AuditIndex.DIRECTORIES, key.directoryId());
            }
        }
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        String subject = AuditCorrections.subjectOf(payload);
        documents.apply(message, position, changes -> {
            AuditCorrection correction = null;
            if (subject != null) {
                correction = AuditCorrections.correctionOf(payload, position,
                        changes.read(AuditCorrections.SUBJECTS, subject));
                changes.update(AuditCorrections.SUBJECTS, subject,
                        document -> AuditCorrections.register(payload, position, document));
            }
            Document entry = entry(position, payload, message, correction);
            changes.replace(AUDIT_TRAIL, entry);
            long chunk = AuditIndex.chunkOf(position);
            for (AuditIndex.Key key : AuditIndex.keysOf(entry)) {
                String chunkId = key.chunkId(chunk);
                changes.update(AuditIndex.CHUNKS, chunkId, document -> AuditIndex.addTo(document, position));
                int size = list(changes.read(AuditIndex.CHUNKS, chunkId), AuditIndex.POSITIONS, Long.class).size();
                changes.update(AuditIndex.DIRECTORIES, key.directoryId(),
                        document -> AuditIndex.setSize(document, chunk, size));
            }
        });
        markIndexedAfterWriting(position);
    }

    @ResetHandler
    public void reset() {
        COLLECTIONS.forEach(collection -> database.getCollection(collection).drop());
    }

    /** Raised only after the batch's documents are written, and never lowered: readers stop at it. */
    private void markIndexedUpTo(long position) {
        database.getCollection(AuditIndex.PROGRESS).updateOne(Filters.eq("_id", AuditIndex.INDEXED),
                Updates.max(AuditIndex.INDEXED_UP_TO, position), new UpdateOptions().upsert(true));
    }

    /**
     * Raises the indexed mark to {@code position} once {@link BatchedDocuments} has written the batch: the mark's work
     * is started after the documents' (the event was applied first), so it runs after their writes.
     */
    private void markIndexedAfterWriting(long position) {
        AtomicLong highest = indexedMark.current(AtomicLong::new);
        highest.accumulateAndGet(position, Math::max);
        indexedMark.handled(highest);
    }

    private Document entry(long position, Object payload, EventMessage<?> message, AuditCorrection correction) {
        Recording recording = Recording.of(message);
        String aggregateId = GuidanceEventFacts.streamId(payload);
        Long sequenceNumber = null;
        if (message instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            sequenceNumber = domainEvent.getSequenceNumber();
        }
        String reason = recording.reason() != null ? recording.reason() : GuidanceEventFacts.reason(payload);
        return new Document("_id", position)
                .append(AuditTrailDocument.EVENT_ID, message.getIdentifier())
                .append(AuditTrailDocument.EVENT_TYPE, message.getPayloadType().getSimpleName())
                .append(AuditTrailDocument.AGGREGATE_ID, aggregateId)
                .append(AuditTrailDocument.SEQUENCE_NUMBER, sequenceNumber)
                .append(AuditTrailDocument.HOUSE, AuditFacts.house(payload))
                .append(AuditTrailDocument.CVR, GuidanceEventFacts.cvr(payload))
                .append(AuditTrailDocument.BUSINESS_DATE, date(AuditFacts.businessDate(payload)))
                .append(AuditTrailDocument.RECORDED_AT, instant(recording.recordedAt()))
                .append(AuditTrailDocument.USER_ID, recording.userId())
                .append(AuditTrailDocument.ROLE, recording.role())
                .append(AuditTrailDocument.USER_HOUSE, recording.userHouse())
                .append(AuditTrailDocument.CORRELATION_ID, recording.correlationId())
                .append(AuditTrailDocument.REASON, reason)
                .append(AuditTrailDocument.PAYLOAD_JSON, serializer.serialize(payload, String.class).getData())
                .append(AuditTrailDocument.CORRECTION, AuditTrailDocument.correction(correction));
    }
}
