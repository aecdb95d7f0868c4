package dk.erhvervshuse.query.api;

/**
 * A request about dashboard builds that the builds' state refuses, with the field and the rule it breaks.
 * {@link Kind#NOT_FOUND}: no such build; {@link Kind#CONFLICT}: the build is not in a state that allows it.
 */
public final class BuildRejected extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;
    private final String rule;

    public BuildRejected(Kind kind, String field, String rule, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    public static BuildRejected notFound(String id) {
        return new BuildRejected(Kind.NOT_FOUND, "build", "build.notFound", "there is no dashboard build " + id);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
