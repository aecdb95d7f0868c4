package dk.erhvervshuse.query.api;

/** Where a dashboard build stands. */
public enum BuildStatus {
    /** Reading the log from the start into its own collections. */
    BUILDING,
    /** Unbounded and caught up with the log: following it as it grows; may be promoted. */
    LIVE,
    /** Bounded and done: the dashboards as they stood at its bound, frozen. */
    COMPLETE,
    /** Stopped before it finished; its collections are dropped. */
    CANCELLED,
    /** Taken out of service; its collections are dropped. */
    RETIRED;

    /** A build whose dashboards can be read. */
    public boolean readable() {
        return this == BUILDING || this == LIVE || this == COMPLETE;
    }

    /** A build a processor runs for. */
    public boolean running() {
        return this == BUILDING || this == LIVE;
    }
}
