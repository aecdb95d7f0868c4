package dk.erhvervshuse.command.api;

/**
 * The issuer may not do this here: an adviser or manager acting for another house than the one the case
 * or ledger belongs to (a house owns its data, agreement §10.2).
 */
public final class NotPermitted extends CommandRejected {
    public NotPermitted(String field, String rule, String message) {
        super(field, rule, message);
    }
}
