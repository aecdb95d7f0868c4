package dk.erhvervshuse.events.common;

/** Customer segment (kundesegment) of a guided company, §9: operations (drift) or growth (vækst). */
public enum Segment {
    /** drift */
    OPERATIONS,
    /** vækst */
    GROWTH
}
