package dk.erhvervshuse.query.support;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * An event's place in the log, gap-free from 1. Read from the tracking token the processor hands each
 * event; during a replay that token is wrapped (a ReplayToken), so it is unwrapped first.
 */
public final class LogPosition {

    private LogPosition() {
    }

    public static long of(TrackingToken token) {
        if (token == null) {
            throw new IllegalArgumentException("an event without a tracking token has no log position");
        }
        return WrappedToken.unwrap(token, GlobalSequenceTrackingToken.class)
                .map(GlobalSequenceTrackingToken::getGlobalIndex)
                .orElseGet(() -> token.position().orElseThrow(
                        () -> new IllegalArgumentException("the tracking token " + token + " tells no log position")));
    }
}
