package dk.erhvervshuse.events.store;

import dk.erhvervshuse.events.common.AppliedCommand;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit was refused because the log already holds the events of the same command: a client's retry (or
 * a duplicate sent at the same time) that got past every earlier check. The first commit stands; this one
 * wrote nothing.
 */
public class CommandAlreadyApplied extends EventStoreException {

    private final transient AppliedCommand applied;

    public CommandAlreadyApplied(AppliedCommand applied, Throwable cause) {
        super("Command " + applied.commandId() + " was already applied at log position " + applied.firstPosition()
                + "; its second set of events was not appended", cause);
        this.applied = applied;
    }

    public AppliedCommand applied() {
        return applied;
    }
}
