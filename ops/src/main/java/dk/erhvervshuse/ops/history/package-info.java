/**
 * Realistic event history written straight to the log, for benchmarks: the command side's generated script as
 * the registry records it, turned into Axon event messages with seeded ids and the script's recording times,
 * streamed commit by commit or appended to the log in bulk ({@link dk.erhvervshuse.ops.history.RealisticHistory}).
 */
package dk.erhvervshuse.ops.history;
