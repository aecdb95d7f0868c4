package dk.erhvervshuse.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event as supervision sees it.
 *
 * @param position      the event's place in the log (gap-free, from 1)
 * @param eventType     the event's simple name, e.g. GuidanceMeetingRecorded
 * @param aggregateId   the case (or hours ledger) the event belongs to
 * @param house         the house the event concerns (a case's, a ledger's, a contract's or a survey's)
 * @param businessDate  when it happened in the business (the meeting date, say)
 * @param recordedAt    when it was written to the log
 * @param userId        who issued the command, with their role and house
 * @param correlationId the command the event answers
 * @param reason        for corrections and withdrawals: why
 * @param payloadJson   the event's stored payload, as JSON
 * @param correction    for corrections, withdrawals, restated deliveries and amended contracts: what changed;
 *                      null for other events
 */
public record AuditEntry(long position, String eventId, String eventType, String aggregateId, long sequenceNumber,
                         String house, String cvr, LocalDate businessDate, Instant recordedAt, String userId,
                         String role, String userHouse, String correlationId, String reason,
                         String payloadJson, AuditCorrection correction) {
}
