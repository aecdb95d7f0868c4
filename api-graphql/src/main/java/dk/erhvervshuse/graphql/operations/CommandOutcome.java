package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.graphql.errors.Failures;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.Locale;

/** How a command sent through the API ended, as the {@code outcome} tag of {@code registry.commands}. */
public enum CommandOutcome {
    /** Its events are in the log. */
    ACCEPTED,
    /** A retry of a command already in the log, answered with the first attempt's result; nothing written. */
    ALREADY_APPLIED,
    /**
     * Refused by a rule before anything was written: the input's (a CVR failing modulus 11), the agreement's (the
     * 20-hour rule's decision missing, §5.1) or the state's (a meeting on a closed case, a case never opened).
     */
    REFUSED,
    /** Another writer changed the same case or contract at the same moment; a retry after reloading may succeed. */
    CONFLICT,
    /** Anything else: the log unreachable, a fault. Never the user's doing. */
    FAILED;

    /** The rule of a {@link StateConflict} that means a concurrent change, not a contradiction of what happened. */
    public static final String CONCURRENT_CHANGE_RULE = "concurrentChange";

    /** The outcome of a command that failed with {@code failure}, as the API answers it (see AuditedCommands). */
    public static CommandOutcome of(Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof StateConflict conflict && CONCURRENT_CHANGE_RULE.equals(conflict.rule())
                || cause instanceof ConcurrencyException) {
            return CONFLICT;
        }
        if (cause instanceof CommandRejected) {
            return REFUSED;
        }
        return FAILED;
    }

    /** As written in the tag: {@code accepted}, {@code already_applied}, … */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
