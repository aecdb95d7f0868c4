package dk.erhvervshuse.events.common;

import java.util.Optional;

/**
 * Asks the log whether a command was already applied. The log answers from the command id each commit
 * records under a unique key, so the answer is a key look-up, and a command the log holds once can never be
 * written a second time, however the retries race.
 */
@FunctionalInterface
public interface AppliedCommands {

    Optional<AppliedCommand> find(String commandId);
}
