package dk.erhvervshuse.events.store;

import java.util.Objects;

/**
 * One event as the log keeps it: its payload and metadata as the serialized JSON text that the hash
 * covers, so that verifying the chain needs no knowledge of the event classes.
 *
 * @param sequenceNumber the event's sequence in its aggregate's stream
 * @param timestamp      recording time, ISO-8601 as written
 */
public record StoredEvent(String eventId, String payloadType, String payloadRevision, long sequenceNumber,
                          String timestamp, String payload, String metadata) {
    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }
}
