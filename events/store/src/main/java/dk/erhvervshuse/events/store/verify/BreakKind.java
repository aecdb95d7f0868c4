package dk.erhvervshuse.events.store.verify;

/** What is wrong at the first position where the log no longer is what was recorded (§9, §10.2). */
public enum BreakKind {
    /** The commit at the position is not what was written there: its content no longer gives its hash. */
    ALTERED,
    /** No commit where one must be: removed, leaving a gap, or removed and the later commits renumbered. */
    MISSING,
    /** A commit that was never part of the chain stands at the position (or inside another commit's positions). */
    INSERTED,
    /** The commit at the position belongs to the chain, but elsewhere: commits were swapped or moved. */
    OUT_OF_ORDER,
    /** A daily checkpoint names a position and hash that the log does not have. */
    CHECKPOINT_MISMATCH,
    /** The stored commit cannot be read as a commit at all (fields removed or of the wrong type). */
    UNREADABLE
}
