package dk.erhvervshuse.graphql.verification;

import dk.erhvervshuse.query.api.InvalidQuery;

import java.util.function.LongSupplier;

/**
 * The positions a verification or export is asked for, checked before anything is read: positions start at 1,
 * a range does not end before it starts, and one GraphQL call verifies at most {@value #MAX_POSITIONS}
 * positions (about a minute's work on the embedded server; a longer log is verified in parts or offline).
 */
record PositionRange(long from, long to) {

    static final long MAX_POSITIONS = 1_000_000;

    /** A range for one verification call: {@code to} omitted means the head of the log. */
    static PositionRange forVerification(Long from, Long to, LongSupplier head) {
        PositionRange range = of(from, to, head);
        long length = range.to() - range.from() + 1;
        if (length > MAX_POSITIONS) {
            throw new InvalidQuery("to", "range.tooLarge", "one verification covers at most " + MAX_POSITIONS
                    + " positions; from " + range.from() + " to " + range.to() + " is " + length
                    + ": give a `to` at most " + (range.from() + MAX_POSITIONS - 1)
                    + " and verify the rest in further calls, or export the log and verify it offline");
        }
        return range;
    }

    /** A range of any length: {@code from} omitted means 1, {@code to} omitted the head of the log. */
    static PositionRange of(Long from, Long to, LongSupplier head) {
        long first = from == null ? 1 : from;
        if (first < 1) {
            throw new InvalidQuery("from", "position.notPositive", "from must be a log position, 1 or more, not " + first);
        }
        if (to != null && to < 1) {
            throw new InvalidQuery("to", "position.notPositive", "to must be a log position, 1 or more, not " + to);
        }
        if (to != null && to < first) {
            throw new InvalidQuery("to", "range.reversed", "to (" + to + ") must not be before from (" + first + ")");
        }
        long last = to != null ? to : Math.max(first, head.getAsLong());
        return new PositionRange(first, last);
    }
}
