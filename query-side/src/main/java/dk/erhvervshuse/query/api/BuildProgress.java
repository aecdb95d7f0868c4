package dk.erhvervshuse.query.api;

/**
 * How far a build has come.
 *
 * @param eventsDone           log positions handled (every position, whether the bound let it count or not)
 * @param eventsTotal          the position it must reach: its bound's, or the log's head for a build that follows it
 * @param eventsPerSecond      the rate over the last seconds; 0 when idle
 * @param secondsLeft          estimated time to reach {@code eventsTotal} at that rate; null when it cannot be told
 * @param error                the failure the build is retrying on, if any
 */
public record BuildProgress(long eventsDone, long eventsTotal, double eventsPerSecond, Long secondsLeft,
                            String error) {

    /** Share done, 0 to 100. */
    public double percentDone() {
        if (eventsTotal <= 0) {
            return 100;
        }
        return Math.min(100, 100.0 * eventsDone / eventsTotal);
    }
}
