package dk.erhvervshuse.query.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many events each projection applied in this JVM: an event counts once its change to at least one document
 * passed the position guard ({@link BatchedDocuments}) and the batch holding it was written. A redelivered event
 * that every document had already taken is not counted, nor is one whose batch failed to write (it is counted when
 * it comes again), so over all the instances that ever ran a projection the counts add up to the events a rebuild
 * from the log applies, unless an event was applied twice. Kept per JVM, from its start.
 */
public final class AppliedEvents {

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    private AppliedEvents() {
    }

    static void add(String projection, long events) {
        if (events > 0) {
            COUNTS.computeIfAbsent(projection, p -> new LongAdder()).add(events);
        }
    }

    /** The events applied so far, per projection (its processing group; another dashboard build's its own name). */
    public static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        COUNTS.forEach((projection, count) -> counts.put(projection, count.sum()));
        return counts;
    }

    /** The events {@code projection} applied so far in this JVM. */
    public static long of(String projection) {
        LongAdder count = COUNTS.get(projection);
        return count == null ? 0 : count.sum();
    }
}
