package dk.erhvervshuse.query.deadletter;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.concurrent.TimeUnit;

/** Reads one event of the log by its position, as a processor would receive it (upcast, with its tracking token). */
@FunctionalInterface
public interface EventAtPosition {

    TrackedEventMessage<?> read(long position);

    /** Through the event store's stream: opened just before the position, closed after one event. */
    static EventAtPosition of(StreamableMessageSource<TrackedEventMessage<?>> log) {
        return position -> {
            try (BlockingStream<TrackedEventMessage<?>> stream = log.openStream(
                    position <= 1 ? null : new GlobalSequenceTrackingToken(position - 1))) {
                if (!stream.hasNextAvailable(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the log has no event at position " + position);
                }
                return stream.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading position " + position, e);
            }
        };
    }
}
