package dk.erhvervshuse.query.api;

import java.time.Instant;

/**
 * One parked event: where it is in the log, what it is, why the projection could not apply it.
 *
 * @param sequenceId    what it is held with ({@code company:CVR}, {@code contract:…}, …)
 * @param causeType     the failure's type; null for an event parked only because an earlier one of its sequence is
 * @param retries       how many times applying it was tried again
 */
public record ParkedEventView(String processingGroup, String sequenceId, long position, String eventId,
                              String eventType, String aggregateId, String correlationId, String causeType,
                              String causeMessage, Instant parkedAt, Instant lastTried, int retries) {
}
