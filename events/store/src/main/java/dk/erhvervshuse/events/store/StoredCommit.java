package dk.erhvervshuse.events.store;

import java.util.List;
import java.util.Objects;

/**
 * The events one unit of work appended for one aggregate, written as one document so that they
 * appear together or not at all (no multi-document transactions are needed).
 *
 * @param position      log position of the first event; the commit's events take the positions
 *                      {@code position … position + events.size() - 1}, and the next commit starts right after
 * @param aggregateType null for events that belong to no aggregate
 * @param aggregateId   the aggregate's id; for events of no aggregate, the first event's id
 * @param previousHash  the hash of the commit before this one ({@link CommitHash#GENESIS} for the first)
 * @param hash          SHA-256 over the previous hash and this commit's canonical form, see {@link CommitHash}
 */
public record StoredCommit(long position, String aggregateType, String aggregateId, long firstSequenceNumber,
                           List<StoredEvent> events, String previousHash, String hash) {

    public StoredCommit {
        Objects.requireNonNull(aggregateId, "aggregateId");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
    }

    /** The position of the commit's last event. */
    public long lastPosition() {
        return position + events.size() - 1;
    }

    /** The unique key that makes two writers appending the same aggregate sequence collide. */
    public String aggregateKey() {
        return aggregateKeyOf(aggregateId, firstSequenceNumber);
    }

    public static String aggregateKeyOf(String aggregateId, long sequenceNumber) {
        return aggregateId + ":" + sequenceNumber;
    }

    public boolean isDomainCommit() {
        return aggregateType != null;
    }
}
