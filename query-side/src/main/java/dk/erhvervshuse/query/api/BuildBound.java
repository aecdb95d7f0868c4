package dk.erhvervshuse.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How far a dashboard build reads the log. Unbounded, a build follows the log for good (it can be promoted
 * to answer {@code dashboard}); bounded, it stops and shows the dashboards as they stood:
 * <ul>
 *     <li>{@code upToPosition}: the log up to and including this position;</li>
 *     <li>{@code recordedUpTo}: what was known at this moment: every event recorded (written to the log) at or
 *     before it;</li>
 *     <li>{@code happenedBy}: what had happened by the end of this business date, as known today: every
 *     event whose business date (a meeting's date, an evaluation's receipt, a delivery's date, a contract's
 *     signing …) is on or before it; corrections and withdrawals apply whenever they were recorded, since
 *     they say what really happened.</li>
 * </ul>
 * At most one is given.
 */
public record BuildBound(Long upToPosition, Instant recordedUpTo, LocalDate happenedBy) {

    public static final BuildBound NONE = new BuildBound(null, null, null);

    public BuildBound {
        int given = (upToPosition != null ? 1 : 0) + (recordedUpTo != null ? 1 : 0) + (happenedBy != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("upTo: give at most one of position, recordedAt and businessDate");
        }
        if (upToPosition != null && upToPosition < 1) {
            throw new IllegalArgumentException("upTo.position: a log position is 1 or more, was " + upToPosition);
        }
    }

    public static BuildBound upToPosition(long position) {
        return new BuildBound(position, null, null);
    }

    public static BuildBound recordedUpTo(Instant moment) {
        return new BuildBound(null, moment, null);
    }

    public static BuildBound happenedBy(LocalDate date) {
        return new BuildBound(null, null, date);
    }

    public boolean bounded() {
        return upToPosition != null || recordedUpTo != null || happenedBy != null;
    }

    @Override
    public String toString() {
        if (upToPosition != null) {
            return "up to position " + upToPosition;
        }
        if (recordedUpTo != null) {
            return "as recorded by " + recordedUpTo;
        }
        if (happenedBy != null) {
            return "as happened by " + happenedBy;
        }
        return "the whole log, following it";
    }
}
