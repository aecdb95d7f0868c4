package dk.erhvervshuse.events.store.verify;

import java.util.Objects;

/**
 * The first place where the log is not what was recorded.
 *
 * @param position     the log position at fault
 * @param expectedHash the hash the chain (or checkpoint) says belongs there; null when nothing tells
 * @param foundHash    the hash of what is there; null when nothing is there
 * @param detail       one sentence for a person
 */
public record ChainBreak(long position, BreakKind kind, String expectedHash, String foundHash, String detail) {
    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
