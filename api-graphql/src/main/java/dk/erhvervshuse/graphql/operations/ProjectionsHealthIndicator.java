package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.api.ProjectionLag.GroupLag;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read models follow the log: OUT_OF_SERVICE when one is more than {@code registry.readiness.max-lag} events
 * behind the log's head, when its processor is in error, or when its processor does not run here (its read model
 * then falls behind with every event appended, by an amount this instance cannot tell). A group whose segments
 * another instance holds counts as following: that instance answers for it. The details list each group's lag.
 */
public class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionLag projectionLag;
    private final long maxLag;

    public ProjectionsHealthIndicator(ProjectionLag projectionLag, long maxLag) {
        super("the read models' lag could not be read");
        this.projectionLag = projectionLag;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean ready = true;
        Map<String, Object> groups = new LinkedHashMap<>();
        long head = 0;
        for (GroupLag group : projectionLag.current()) {
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
}
