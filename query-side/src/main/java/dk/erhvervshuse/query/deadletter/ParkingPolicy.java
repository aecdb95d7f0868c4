package dk.erhvervshuse.query.deadletter;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * Parks an event whose handling fails for a reason of its own (a projection that cannot apply it), counting the
 * attempts in the letter's diagnostics ({@code retries}). A failure of the database is no reason to park
 * anything: parking there would take every event of an outage off its course. It is thrown on instead, which
 * fails the whole batch; the processor releases it and delivers it again once the database answers.
 */
class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof MongoException database) {
                throw new DatabaseUnavailable(database);
            }
        }
        int retries = Integer.parseInt(String.valueOf(letter.diagnostics().getOrDefault(RETRIES, "-1"))) + 1;
        return Decisions.enqueue(cause, l -> MetaData.with(RETRIES, String.valueOf(retries)));
    }

    /** Thrown through the dead-letter queue to fail the batch: the projection's database did not answer. */
    static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(MongoException cause) {
            super("The read models' database failed; the batch is delivered again rather than its events parked",
                    cause);
        }
    }
}
