package dk.erhvervshuse.events.common;

import java.time.Instant;
import java.util.Objects;

/**
 * What the log holds for one command: the commit its events were written in. A client that sends the same
 * command again (the same command id, because it never saw the first answer) is given this instead of a
 * second set of events.
 *
 * @param commandId     the id of the command message, as the client chose it; every event carries it as
 *                      {@link AuditMetadata#CORRELATION_ID}
 * @param aggregateId   the stream the command changed (the guidance case, the contract, …)
 * @param firstPosition the log position of its first event
 * @param eventCount    how many events it appended
 * @param recordedAt    when the command side accepted it: the commit's time
 */
public record AppliedCommand(String commandId, String aggregateId, long firstPosition, int eventCount,
                             Instant recordedAt) {

    public AppliedCommand {
        Objects.requireNonNull(commandId, "commandId");
    }

    /** The log position of its last event. */
    public long lastPosition() {
        return firstPosition + eventCount - 1;
    }
}
