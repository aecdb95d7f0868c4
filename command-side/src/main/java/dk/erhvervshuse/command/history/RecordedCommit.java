package dk.erhvervshuse.command.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One commit of a generated history as the registry records it: the events that handling one command applied
 * to one aggregate, in order, as the command side's aggregates apply them.
 *
 * @param recordedAt          when the commit is recorded: the scripted command's time, or, for a count of the
 *                            20-hour policy, a moment after the meeting it counts; never before the commit before it
 * @param cause               the scripted command whose sending led to the commit
 * @param causeIndex          the cause's place in the script, counting from 0: what ids derived for the cause's
 *                            messages are keyed on, so that they are the same on every run
 * @param command             the command handled: the cause's own, or the
 *                            {@link dk.erhvervshuse.command.guidance.CountGuidanceHours} that the 20-hour policy
 *                            sent on the event of the cause's meeting, correction or withdrawal
 * @param aggregateType       the aggregate's type as Axon names it in the log, e.g. {@code GuidanceCase}
 * @param aggregateId         the aggregate's id, e.g. a case id, or {@code HOUSE:CVR} for an hours ledger
 * @param firstSequenceNumber the aggregate's sequence number of the first event; the others follow it
 * @param events              event records of the catalog ({@code dk.erhvervshuse.events}), one or more
 */
public record RecordedCommit(Instant recordedAt, ScriptedCommand cause, long causeIndex, Object command,
                             String aggregateType, String aggregateId, long firstSequenceNumber,
                             List<Object> events) {

    public RecordedCommit {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
    }

    /** Whether the 20-hour policy sent the command, rather than the user of the cause. */
    public boolean sentByPolicy() {
        return command != cause.command();
    }

    /**
     * The audit metadata every event of the commit carries, as the registry copies it from the command: who
     * sent the cause and in which role and house, and the reason of a correction or withdrawal. The policy's
     * counts carry the metadata of the event they answer, which is the cause's. The correlation and trace ids
     * are message ids, given where the commit becomes messages.
     */
    public Map<String, Object> metaData() {
        return cause.metaData();
    }
}
