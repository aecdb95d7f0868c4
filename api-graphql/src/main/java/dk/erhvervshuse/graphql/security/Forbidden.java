package dk.erhvervshuse.graphql.security;

/**
 * The authenticated user may not do this. Carries a stable rule name, like a rejected command, so that
 * a client can tell "not your house" from "not your role".
 */
public class Forbidden extends RuntimeException {

    private final String field;
    private final String rule;

    public Forbidden(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The input field that made it forbidden, e.g. house; null when it is the role. */
    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
