package dk.erhvervshuse.graphql.demo;

import java.time.LocalDate;

/**
 * How far the demo history has loaded.
 *
 * @param state            where the load is
 * @param commandsDone     commands of the script dealt with: applied now, found already applied, or refused
 * @param commandsTotal    commands in the script; 0 until the script has been counted
 * @param appliedNow       commands applied by this run
 * @param alreadyApplied   commands the log already held, from an earlier run: answered from the log, not applied again
 * @param refused          commands the command side refused (each logged with its rule)
 * @param recordedUpTo     the business date of the last command dealt with: the history fills in chronologically
 * @param commandsPerSecond commands applied per second by this run, so far
 * @param secondsLeft      the time left at that rate; null when not known
 * @param reason           why the load was refused or failed; null otherwise
 */
public record DemoProgress(State state, long commandsDone, long commandsTotal, long appliedNow, long alreadyApplied,
                           long refused, LocalDate recordedUpTo, double commandsPerSecond, Long secondsLeft,
                           String reason) {

    public enum State {
        /** Enabled; waiting for the application to be ready. */
        WAITING,
        /** Checking the log and counting the script. */
        PREPARING,
        LOADING,
        /** Every command of the script has been dealt with. */
        DONE,
        /** Not loaded, and nothing written: the log holds other data, or the settings cannot be loaded. */
        REFUSED,
        /** Stopped by a shutdown before the end; a restart on the same data goes on from there. */
        STOPPED,
        /** Given up after the log kept failing; a restart goes on from where it stopped. */
        FAILED
    }

    static DemoProgress waiting() {
        return new DemoProgress(State.WAITING, 0, 0, 0, 0, 0, null, 0, null, null);
    }

    /** Whether the load has ended, whatever its outcome. */
    public boolean ended() {
        return state == State.DONE || state == State.REFUSED || state == State.STOPPED || state == State.FAILED;
    }

    DemoProgress withState(State newState, String why) {
        return new DemoProgress(newState, commandsDone, commandsTotal, appliedNow, alreadyApplied, refused,
                recordedUpTo, commandsPerSecond, secondsLeft, why);
    }
}
