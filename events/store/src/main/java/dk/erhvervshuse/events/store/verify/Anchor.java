package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.CommitHash;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a verification takes on trust: the hash of the log up to {@code position}. From the start of the log
 * that is the genesis hash and nothing is trusted; a range that starts later is anchored to the nearest
 * earlier daily checkpoint (recorded when that day was over, so a later rewrite of the log cannot move it),
 * or, where there is none, to the stored hash of the commit just before the range, which says only that the
 * range is consistent with what the log itself claims came before.
 *
 * @param position the last position covered by the anchor (0 for the genesis)
 * @param date     the checkpoint's date, for a checkpoint anchor
 */
public record Anchor(Source source, long position, String hash, LocalDate date) {

    public enum Source {
        /** The start of the log: nothing is taken on trust. */
        GENESIS,
        /** A daily checkpoint: the hash it recorded for its position. */
        CHECKPOINT,
        /** The stored hash of the commit just before the range, taken as the log states it. */
        PREVIOUS_COMMIT
    }

    public Anchor {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hash, "hash");
    }

    public static Anchor genesis() {
        return new Anchor(Source.GENESIS, 0, CommitHash.GENESIS, null);
    }

    public static Anchor checkpoint(DailyCheckpoint checkpoint) {
        return new Anchor(Source.CHECKPOINT, checkpoint.position(), checkpoint.hash(), checkpoint.date());
    }

    public static Anchor previousCommit(long lastPosition, String hash) {
        return new Anchor(Source.PREVIOUS_COMMIT, lastPosition, hash, null);
    }

    /** One line for a person: what the verification started from. */
    public String describe() {
        return switch (source) {
            case GENESIS -> "the start of the log";
            case CHECKPOINT -> date == null ? "the position " + position + " the checkpoints had followed the log to"
                    : "the checkpoint of " + date + " at position " + position;
            case PREVIOUS_COMMIT -> "the stored hash of the commit ending at position " + position
                    + " (no checkpoint before the range)";
        };
    }
}
