package dk.erhvervshuse.command.api;

/**
 * The command contradicts what has already happened: a second opening of the same case, a meeting
 * on a closed case, or another writer changed the case at the same moment (retry after reloading).
 */
public final class StateConflict extends CommandRejected {
    public StateConflict(String field, String rule, String message) {
        super(field, rule, message);
    }
}
