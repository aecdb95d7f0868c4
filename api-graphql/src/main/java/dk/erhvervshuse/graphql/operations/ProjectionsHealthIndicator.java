package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.api.ProjectionLag.GroupLag;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The read models follow the log: OUT_OF_SERVICE when one is more than {@code registry.readiness.max-lag} events
 * behind the log's head, when its processor is in error, or when its processor does not run here (its read model
 * then falls behind with every event appended, by an amount this instance cannot tell). A group whose segments
 * another instance holds counts as following: that instance answers for it. The details list each group's lag.
 */
public class ProjectionsHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final ProjectionLag projectionLag;
    private final long maxLag;
    private final Duration timeout;
    /** One reader: a read stuck on an unreachable database keeps the next probes waiting their timeout, no more. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "readiness-lag");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param timeout how long reading the lag may take (the log's head is read from MongoDB, whose driver would
     *                otherwise wait 30 seconds for a server): past it, DOWN
     */
    public ProjectionsHealthIndicator(ProjectionLag projectionLag, long maxLag, Duration timeout) {
        super("the read models' lag could not be read");
        this.projectionLag = projectionLag;
        this.maxLag = maxLag;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        List<GroupLag> lags;
        try {
            lags = CompletableFuture.supplyAsync(projectionLag::current, reader)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            builder.down().withDetail("error", "the log's head could not be read within " + timeout);
            return;
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
        boolean ready = true;
        Map<String, Object> groups = new LinkedHashMap<>();
        long head = 0;
        for (GroupLag group : lags) {
            head = Math.max(head, group.headPosition());
            String state = stateOf(group);
            ready &= "FOLLOWING".equals(state) || "NOT_HELD_HERE".equals(state);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", state);
            detail.put("lag", group.lag());
            detail.put("position", group.position());
            if (group.error() != null) {
                detail.put("error", group.error());
            }
            groups.put(group.processingGroup(), detail);
        }
        (ready ? builder.up() : builder.outOfService())
                .withDetail("maxLag", maxLag)
                .withDetail("headPosition", head)
                .withDetail("groups", groups);
    }

    private String stateOf(GroupLag group) {
        if (group.inError()) {
            return "IN_ERROR";
        }
        if (!group.running()) {
            return "STOPPED";
        }
        if (!group.claimedHere()) {
            return "NOT_HELD_HERE";
        }
        return group.lag() > maxLag ? "LAGGING" : "FOLLOWING";
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
    }
}
