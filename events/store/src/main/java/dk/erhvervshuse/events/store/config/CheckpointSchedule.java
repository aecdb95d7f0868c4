package dk.erhvervshuse.events.store.config;

import dk.erhvervshuse.events.store.verify.CheckpointFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link CheckpointFollower} on its own thread, once at start-up and then at a fixed delay, while the
 * application runs. A failed run (MongoDB unreachable, say) is logged and the next run tries again.
 */
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointFollower follower;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public CheckpointSchedule(CheckpointFollower follower, Duration interval) {
        this.follower = follower;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "daily-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            follower.catchUp();
        } catch (RuntimeException e) {
            log.warn("Daily checkpoints could not follow the event log this time; retrying in {}", interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
