package dk.erhvervshuse.events.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's stored shape. Bumped (with an upcaster in the store) when the shape
 * changes structurally; a changed meaning is a new event type instead. Declared here rather than
 * borrowed from a framework so that the catalog depends on nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventRevision {
    String value();
}
