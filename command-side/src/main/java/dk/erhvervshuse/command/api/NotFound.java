package dk.erhvervshuse.command.api;

/** The command names something that does not exist: a case never opened, a meeting never recorded. */
public final class NotFound extends CommandRejected {
    public NotFound(String field, String rule, String message) {
        super(field, rule, message);
    }
}
