package dk.erhvervshuse.events.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain that makes the log tamper-evident for supervision (§10.2): each commit's hash is
 * SHA-256 over the previous commit's hash and the commit's canonical form, so changing, removing,
 * inserting or reordering any commit breaks every hash after it.
 * <p>
 * The canonical form is a sequence of length-prefixed fields ({@code <utf-8 byte length>:<text>;}),
 * which no choice of field contents can make ambiguous: previous hash, position, aggregate type,
 * aggregate id, first sequence number, event count, then per event its id, payload type, revision,
 * sequence number, timestamp, payload JSON and metadata JSON exactly as stored. Null is written as
 * {@code -1:;}. The offline verifier recomputes exactly this, so this class must not change meaning;
 * a new form would be a new hash version.
 */
public final class CommitHash {

    /** The "previous hash" of the first commit. */
    public static final String GENESIS = "0".repeat(64);

    private CommitHash() {
    }

    public static String of(String previousHash, long position, String aggregateType, String aggregateId,
                            long firstSequenceNumber, java.util.List<StoredEvent> events) {
        MessageDigest digest = sha256();
        field(digest, previousHash);
        field(digest, Long.toString(position));
        field(digest, aggregateType);
        field(digest, aggregateId);
        field(digest, Long.toString(firstSequenceNumber));
        field(digest, Integer.toString(events.size()));
        for (StoredEvent event : events) {
            field(digest, event.eventId());
            field(digest, event.payloadType());
            field(digest, event.payloadRevision());
            field(digest, Long.toString(event.sequenceNumber()));
            field(digest, event.timestamp());
            field(digest, event.payload());
            field(digest, event.metadata());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Recomputes the hash a commit should have, given the hash of the commit before it. */
    public static String recompute(StoredCommit commit, String previousHash) {
        return of(previousHash, commit.position(), commit.aggregateType(), commit.aggregateId(),
                commit.firstSequenceNumber(), commit.events());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update("-1:;".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        digest.update((byte) ';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
