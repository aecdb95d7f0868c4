package dk.erhvervshuse.query.support;

import dk.erhvervshuse.events.common.AuditMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * When and by whom an event was recorded, as the log keeps it: the event's timestamp and its audit
 * metadata (never payload fields).
 */
public record Recording(Instant recordedAt, String userId, String role, String userHouse, String correlationId,
                        String reason) {

    public static Recording of(EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new Recording(message.getTimestamp(),
                text(metaData, AuditMetadata.USER_ID),
                text(metaData, AuditMetadata.ROLE),
                text(metaData, AuditMetadata.USER_HOUSE),
                text(metaData, AuditMetadata.CORRELATION_ID),
                text(metaData, AuditMetadata.REASON));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
