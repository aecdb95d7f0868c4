package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.query.api.AuditCorrection;
import dk.erhvervshuse.query.api.AuditEntry;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/** The fields of an {@code audit_trail} document ({@code _id} = log position) and its reading as an {@link AuditEntry}. */
final class AuditTrailDocument {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String HOUSE = "house";
    static final String CVR = "cvr";
    static final String BUSINESS_DATE = "businessDate";
    static final String RECORDED_AT = "recordedAt";
    static final String USER_ID = "userId";
    static final String ROLE = "role";
    static final String USER_HOUSE = "userHouse";
    static final String CORRELATION_ID = "correlationId";
    static final String REASON = "reason";
    static final String PAYLOAD_JSON = "payloadJson";
    static final String CORRECTION = "correction";

    /** The sequence number of an event that belongs to no aggregate's stream. */
    static final long NO_SEQUENCE = -1;

    private AuditTrailDocument() {
    }

    static AuditEntry toEntry(Document document) {
        Long sequenceNumber = longValue(document, SEQUENCE_NUMBER);
        return new AuditEntry(
                longValue(document, "_id"),
                document.getString(EVENT_ID),
                document.getString(EVENT_TYPE),
                document.getString(AGGREGATE_ID),
                sequenceNumber == null ? NO_SEQUENCE : sequenceNumber,
                document.getString(HOUSE),
                document.getString(CVR),
                date(document, BUSINESS_DATE),
                instant(document, RECORDED_AT),
                document.getString(USER_ID),
                document.getString(ROLE),
                document.getString(USER_HOUSE),
                document.getString(CORRELATION_ID),
                document.getString(REASON),
                document.getString(PAYLOAD_JSON),
                correction(document.get(CORRECTION, Document.class)));
    }

    static Document correction(AuditCorrection correction) {
        if (correction == null) {
            return null;
        }
        List<Document> fields = new ArrayList<>();
        for (AuditCorrection.Field field : correction.fields()) {
            fields.add(new Document("name", field.name())
                    .append("previous", field.previous())
                    .append("corrected", field.corrected()));
        }
        return new Document("kind", correction.kind().name())
                .append("subjectId", correction.subjectId())
                .append("previousPosition", correction.previousPosition())
                .append("fields", fields);
    }

    private static AuditCorrection correction(Document stored) {
        if (stored == null) {
            return null;
        }
        List<AuditCorrection.Field> fields = new ArrayList<>();
        for (Document field : nested(stored, "fields")) {
            fields.add(new AuditCorrection.Field(field.getString("name"), field.getString("previous"),
                    field.getString("corrected")));
        }
        return new AuditCorrection(AuditCorrection.Kind.valueOf(stored.getString("kind")),
                stored.getString("subjectId"), longValue(stored, "previousPosition"), fields);
    }
}
