package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.query.guidance.GuidanceEventFacts;
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.instant;

/**
 * Writes one {@code audit_trail} document per event of the log, of every type, keyed by its log
 * position. A document belongs to its event alone, so writing it again replaces it with the same: a
 * redelivery is harmless without a guard. Written once per batch with one {@code bulkWrite}.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    public static final String AUDIT_TRAIL = "audit_trail";

    private final MongoDatabase database;
    private final Serializer serializer;
    private final BatchedDocuments documents;

    /** @param serializer renders payloads as the log stores them: the event serializer */
    public AuditTrailProjection(MongoDatabase database, @Qualifier("eventSerializer") Serializer serializer) {
        this.database = database;
        this.serializer = serializer;
        this.documents = new BatchedDocuments(database, PROCESSING_GROUP, (event, needs) -> {
        });
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        Document entry = entry(position, payload, message);
        documents.apply(message, position, changes -> changes.replace(AUDIT_TRAIL, entry));
    }

    @ResetHandler
    public void reset() {
        database.getCollection(AUDIT_TRAIL).drop();
    }

    private Document entry(long position, Object payload, EventMessage<?> message) {
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
                .append(AuditTrailDocument.HOUSE, GuidanceEventFacts.house(payload))
                .append(AuditTrailDocument.CVR, GuidanceEventFacts.cvr(payload))
                .append(AuditTrailDocument.BUSINESS_DATE, date(GuidanceEventFacts.businessDate(payload)))
                .append(AuditTrailDocument.RECORDED_AT, instant(recording.recordedAt()))
                .append(AuditTrailDocument.USER_ID, recording.userId())
                .append(AuditTrailDocument.ROLE, recording.role())
                .append(AuditTrailDocument.USER_HOUSE, recording.userHouse())
                .append(AuditTrailDocument.CORRELATION_ID, recording.correlationId())
                .append(AuditTrailDocument.REASON, reason)
                .append(AuditTrailDocument.PAYLOAD_JSON, serializer.serialize(payload, String.class).getData());
    }
}
