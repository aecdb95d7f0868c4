package dk.erhvervshuse.command.api;

/**
 * A command was refused before any event was written. Names the input field at fault (or null when
 * the rejection is about the state of the case) and the rule that refused it, so that a caller can
 * tell the user exactly what to fix.
 */
public abstract sealed class CommandRejected extends RuntimeException
        permits InvalidInput, NotFound, StateConflict, NotPermitted {

    private final String field;
    private final String rule;

    protected CommandRejected(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The input field at fault, e.g. {@code cvr}; null when the rejection concerns state. */
    public String field() {
        return field;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code cvr.modulus11}. */
    public String rule() {
        return rule;
    }
}
