package dk.erhvervshuse.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A parked event as the queue keeps it: a pointer into the log (its position), why it was parked, and when.
 * The event itself is read from the log when it is needed (for a retry), so it goes through the same upcasters
 * as every other reader and no second copy of its data is kept.
 */
final class ParkedLetter implements DeadLetter<EventMessage<?>> {

    static Clock clock = Clock.systemUTC();

    private final String group;
    private final String sequenceId;
    private final long position;
    private final Supplier<EventMessage<?>> message;
    private final Cause cause;
    private final Instant enqueuedAt;
    private final Instant lastTouched;
    private final MetaData diagnostics;

    ParkedLetter(String group, String sequenceId, long position, Supplier<EventMessage<?>> message, Cause cause,
                 Instant enqueuedAt, Instant lastTouched, MetaData diagnostics) {
        this.group = Objects.requireNonNull(group);
        this.sequenceId = Objects.requireNonNull(sequenceId);
        this.position = position;
        this.message = message;
        this.cause = cause;
        this.enqueuedAt = enqueuedAt;
        this.lastTouched = lastTouched;
        this.diagnostics = diagnostics == null ? MetaData.emptyInstance() : diagnostics;
    }

    String group() {
        return group;
    }

    String sequenceId() {
        return sequenceId;
    }

    long position() {
        return position;
    }

    @Override
    public EventMessage<?> message() {
        return message.get();
    }

    @Override
    public Optional<Cause> cause() {
        return Optional.ofNullable(cause);
    }

    @Override
    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    @Override
    public Instant lastTouched() {
        return lastTouched;
    }

    @Override
    public MetaData diagnostics() {
        return diagnostics;
    }

    @Override
    public ParkedLetter markTouched() {
        return new ParkedLetter(group, sequenceId, position, message, cause, enqueuedAt, clock.instant(), diagnostics);
    }

    @Override
    public ParkedLetter withCause(Throwable requeueCause) {
        Cause newCause = requeueCause == null ? cause : ThrowableCause.truncated(requeueCause);
        return new ParkedLetter(group, sequenceId, position, message, newCause, enqueuedAt, lastTouched, diagnostics);
    }

    @Override
    public ParkedLetter withDiagnostics(MetaData diagnostics) {
        return new ParkedLetter(group, sequenceId, position, message, cause, enqueuedAt, lastTouched, diagnostics);
    }

    @Override
    public String toString() {
        return "parked event at position " + position + " of " + sequenceId + " in " + group;
    }
}
