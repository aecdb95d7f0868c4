package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.api.ProjectionLag.GroupLag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The read models are ready while each follows the log within the limit, runs here or elsewhere, and is not in error. */
class ProjectionsHealthIndicatorTest {

    private static final long MAX_LAG = 100;
    private static final long HEAD = 5_000;
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private static Health healthOf(GroupLag... lags) {
        ProjectionLag projectionLag = new ProjectionLag() {
            @Override
            public List<String> processingGroups() {
                return List.of(lags).stream().map(GroupLag::processingGroup).toList();
            }

            @Override
            public List<GroupLag> current() {
                return List.of(lags);
            }
        };
        return new ProjectionsHealthIndicator(projectionLag, MAX_LAG, TIMEOUT).health();
    }

    private static GroupLag following(String group, long position) {
        return new GroupLag(group, HEAD, position, true, true, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Health health, String group) {
        return (Map<String, Object>) ((Map<String, Object>) health.getDetails().get("groups")).get(group);
    }

    @Test
    void readModelsWithinTheLimitAreUpAndTheirLagsAreShown() {
        Health health = healthOf(following("guidance-views", HEAD), following("dashboards", HEAD - MAX_LAG));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("maxLag", MAX_LAG).containsEntry("headPosition", HEAD);
        assertThat(group(health, "guidance-views")).containsEntry("state", "FOLLOWING").containsEntry("lag", 0L);
        assertThat(group(health, "dashboards")).containsEntry("state", "FOLLOWING").containsEntry("lag", MAX_LAG);
    }

    @Test
    void aReadModelOneEventBeyondTheLimitIsOutOfService() {
        Health health = healthOf(following("guidance-views", HEAD), following("dashboards", HEAD - MAX_LAG - 1));

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(group(health, "dashboards")).containsEntry("state", "LAGGING").containsEntry("lag", MAX_LAG + 1);
        assertThat(group(health, "guidance-views")).containsEntry("state", "FOLLOWING");
    }

    @Test
    void aProcessorInErrorIsOutOfServiceWhateverItsLag() {
        Health health = healthOf(new GroupLag("compliance", HEAD, HEAD, true, true, "MongoTimeoutException: no server"));

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(group(health, "compliance")).containsEntry("state", "IN_ERROR")
                .containsEntry("error", "MongoTimeoutException: no server");
    }

    @Test
    void aStoppedProcessorIsOutOfService() {
        Health health = healthOf(new GroupLag("audit-trail-v2", HEAD, null, false, false, null));

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(group(health, "audit-trail-v2")).containsEntry("state", "STOPPED");
    }

    @Test
    void aGroupWhoseSegmentsAnotherInstanceHoldsLeavesThisOneReady() {
        Health health = healthOf(new GroupLag("sealed-reports", HEAD, null, true, false, null));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(group(health, "sealed-reports")).containsEntry("state", "NOT_HELD_HERE").containsEntry("lag", null);
    }

    @Test
    void aLagThatCannotBeReadIsDown() {
        ProjectionLag unreadable = new ProjectionLag() {
            @Override
            public List<String> processingGroups() {
                return List.of("guidance-views");
            }

            @Override
            public List<GroupLag> current() {
                throw new IllegalStateException("the log's head cannot be read");
            }
        };

        assertThat(new ProjectionsHealthIndicator(unreadable, MAX_LAG, TIMEOUT).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aLagThatTakesLongerThanTheTimeoutToReadIsDownWithoutWaitingForIt() {
        CountDownLatch unreachable = new CountDownLatch(1);
        ProjectionLag hanging = new ProjectionLag() {
            @Override
            public List<String> processingGroups() {
                return List.of("guidance-views");
            }

            @Override
            public List<GroupLag> current() {
                try {
                    unreachable.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("no server");
            }
        };
        ProjectionsHealthIndicator indicator = new ProjectionsHealthIndicator(hanging, MAX_LAG, TIMEOUT);
        try {
            long started = System.nanoTime();

            Health health = indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            unreachable.countDown();
            indicator.destroy();
        }
    }
}
