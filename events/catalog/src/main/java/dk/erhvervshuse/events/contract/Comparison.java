package dk.erhvervshuse.events.contract;

/** How a goal's actual value is held against its target. */
public enum Comparison {
    /** met when actual ≥ target ("mindst") */
    AT_LEAST,
    /** met when actual > target (goal 5, drift: "en mervækst") */
    GREATER_THAN,
    /** met when actual ≤ target (a local goal such as a waiting time) */
    AT_MOST
}
