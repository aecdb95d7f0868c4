package dk.erhvervshuse.graphql.errors;

/**
 * An argument of a query (not a command) breaks a rule on its own: a position below 1, a range that ends
 * before it starts or is longer than one call may ask for. Answered as BAD_REQUEST naming the argument and
 * the rule, as a rejected command is.
 */
public class InvalidArgument extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidArgument(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The argument at fault, e.g. {@code to}. */
    public String field() {
        return field;
    }

    /** A stable name of the rule, e.g. {@code range.tooLarge}. */
    public String rule() {
        return rule;
    }
}
