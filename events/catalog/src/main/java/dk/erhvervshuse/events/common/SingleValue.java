package dk.erhvervshuse.events.common;

/**
 * A value type stored in the log as its bare string, e.g. a CVR number as {@code "13748136"}
 * rather than {@code {"value":"13748136"}}. Implementations are records with one component.
 */
public interface SingleValue {
    String value();
}
