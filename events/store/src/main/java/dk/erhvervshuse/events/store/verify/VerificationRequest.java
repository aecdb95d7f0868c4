package dk.erhvervshuse.events.store.verify;

import java.util.Objects;

/**
 * What to verify: the positions asked for, the anchor the walk starts from, and how far the log is known to
 * have reached (so that a log cut short at its end is noticed, which the chain alone cannot show).
 *
 * @param requestedTo {@link #TO_HEAD} for "to the end of the log"
 * @param reach       the highest position the registry has recorded the log to have reached; 0 if unknown
 */
public record VerificationRequest(long requestedFrom, long requestedTo, Anchor anchor, long reach) {

    public static final long TO_HEAD = Long.MAX_VALUE;

    public VerificationRequest {
        Objects.requireNonNull(anchor, "anchor");
        if (requestedFrom < 1 || requestedTo < requestedFrom) {
            throw new IllegalArgumentException("positions from " + requestedFrom + " to " + requestedTo
                    + " are not a range of the log");
        }
    }
}
