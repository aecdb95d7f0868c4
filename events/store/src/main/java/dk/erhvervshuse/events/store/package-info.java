/**
 * The event log on MongoDB: an Axon {@code EventStorageEngine} that keeps one document per commit at
 * gap-free, commit-ordered positions, a SHA-256 hash chain over the commits for tamper evidence, and
 * snapshots beside it. See {@link dk.erhvervshuse.events.store.CommitLogStorageEngine}.
 */
package dk.erhvervshuse.events.store;
