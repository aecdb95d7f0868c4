package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.StoredCommit;

import java.util.Objects;

/** One document of the log as a verification reads it, in position order: a commit, or something unreadable. */
public sealed interface LogEntry {

    /** The position the entry is stored at (its {@code _id}). */
    long position();

    record Commit(StoredCommit commit) implements LogEntry {
        public Commit {
            Objects.requireNonNull(commit, "commit");
        }

        @Override
        public long position() {
            return commit.position();
        }
    }

    /** A document at {@code position} that is not a commit: a field removed, or of the wrong type. */
    record Unreadable(long position, String reason) implements LogEntry {
    }
}
