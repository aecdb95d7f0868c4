package dk.erhvervshuse.query.api;

/**
 * A question the query side cannot answer as asked: a page size out of range, a cursor it never issued, an
 * event type the log does not know. Names the argument at fault and the rule it broke, so that a caller can
 * tell its user what to change; the message says the same in words.
 */
public class InvalidQuery extends IllegalArgumentException {

    private final String field;
    private final String rule;

    /**
     * @param field the argument at fault, e.g. {@code filter.eventTypes}
     * @param rule  a stable name of the rule, e.g. {@code eventType.unknown}
     */
    public InvalidQuery(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
