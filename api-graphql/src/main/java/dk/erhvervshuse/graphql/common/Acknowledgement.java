package dk.erhvervshuse.graphql.common;

import java.time.Instant;

/**
 * A command was accepted: its events are in the log. Not a promise that the read models show them yet,
 * since projections follow the log asynchronously.
 *
 * @param commandId      the command message's id; every event it caused carries it as correlationId in the audit trail
 * @param acceptedAt     when the command side accepted it; for a retry, when it accepted the first attempt
 * @param alreadyApplied the command id was already in the log: a retry, answered with the first attempt's result
 *                       and applied no second time
 */
public record Acknowledgement(String commandId, Instant acceptedAt, boolean alreadyApplied) {
}
