package dk.erhvervshuse.graphql.errors;

import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.graphql.security.Forbidden;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Finds the failure that means something to a user beneath the wrappers that frameworks put around it. */
public final class Failures {

    private static final int MAX_DEPTH = 20;

    private Failures() {
    }

    /**
     * Peels off wrappers (Axon's handler and command execution exceptions, futures, reflection), then looks
     * further down the causes for a rejection the user can act on, in case some other layer wrapped it.
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < MAX_DEPTH && isWrapper(current) && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        if (isMeaningful(current)) {
            return current;
        }
        Throwable cause = current.getCause();
        for (int depth = 0; depth < MAX_DEPTH && cause != null && cause != cause.getCause(); depth++) {
            if (isMeaningful(cause)) {
                return cause;
            }
            cause = cause.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable failure) {
        return failure instanceof HandlerExecutionException
                || failure instanceof CompletionException
                || failure instanceof ExecutionException
                || failure instanceof InvocationTargetException
                || failure instanceof UndeclaredThrowableException;
    }

    private static boolean isMeaningful(Throwable failure) {
        return failure instanceof CommandRejected
                || failure instanceof Forbidden
                || failure instanceof AggregateNotFoundException
                || failure instanceof AggregateStreamCreationException
                || failure instanceof ConcurrencyException;
    }
}
