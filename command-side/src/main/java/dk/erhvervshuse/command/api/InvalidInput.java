package dk.erhvervshuse.command.api;

/** The input breaks a rule on its own: a CVR failing the modulus-11 check, hours out of range, a date in the future. */
public final class InvalidInput extends CommandRejected {
    public InvalidInput(String field, String rule, String message) {
        super(field, rule, message);
    }
}
