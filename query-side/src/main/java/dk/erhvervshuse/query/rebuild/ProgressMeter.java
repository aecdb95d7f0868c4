package dk.erhvervshuse.query.rebuild;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rate of a build from samples of its position: over the last {@value #WINDOW_SECONDS} seconds, so that
 * the estimate follows the build's pace now rather than its average since the start.
 */
final class ProgressMeter {

    static final int WINDOW_SECONDS = 10;

    private record Sample(long nanos, long position) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    synchronized void sample(long nanos, long position) {
        samples.addLast(new Sample(nanos, position));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > WINDOW_SECONDS * 1_000_000_000L) {
            samples.removeFirst();
        }
    }

    /** Positions per second over the window; 0 before two samples. */
    synchronized double rate() {
        if (samples.size() < 2) {
            return 0;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long nanos = last.nanos() - first.nanos();
        return nanos <= 0 ? 0 : (last.position() - first.position()) * 1e9 / nanos;
    }

    /** Seconds to reach {@code total} at the current rate; null when the rate is 0. */
    synchronized Long secondsLeft(long done, long total) {
        double rate = rate();
        if (done >= total) {
            return 0L;
        }
        return rate <= 0 ? null : (long) Math.ceil((total - done) / rate);
    }
}
