package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.query.api.BuildProgress;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.ParkedEvents;
import dk.erhvervshuse.query.api.ParkedEvents.ParkedCount;
import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.api.ProjectionLag.GroupLag;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The registry's own gauges, beside the commands' timer ({@link CommandMetrics}) and Axon's meters:
 * <ul>
 *     <li>{@code registry.projection.lag{group}}: events each query-side read model is behind the log's head (NaN
 *     where this instance holds none of the group's segments: another instance answers for it);</li>
 *     <li>{@code registry.deadletters.parked{group}} and {@code registry.deadletters.sequences{group}}: events parked
 *     as dead letters per processing group, and the companies (contracts, streams) they hold back;</li>
 *     <li>{@code registry.dashboard.build.*{build, definition_set, status}}: each readable dashboard build's progress
 *     (0 to 1), rate (events per second over the last seconds), position reached and position to reach.</li>
 * </ul>
 * A scrape reads the lag and the parked counts once for all groups (a snapshot kept for a second), which costs a
 * key look-up on the log's head and a read of the parked sequences. The builds come and go, so their rows are
 * refreshed every {@value #BUILD_REFRESH_SECONDS} seconds, as often as a build logs its progress.
 */
public class RegistryMeters implements MeterBinder, DisposableBean {

    public static final String LAG = "registry.projection.lag";
    public static final String PARKED = "registry.deadletters.parked";
    public static final String PARKED_SEQUENCES = "registry.deadletters.sequences";
    public static final String BUILD_PROGRESS = "registry.dashboard.build.progress";
    public static final String BUILD_RATE = "registry.dashboard.build.rate";
    public static final String BUILD_POSITION = "registry.dashboard.build.position";
    public static final String BUILD_TARGET = "registry.dashboard.build.target";
    static final int BUILD_REFRESH_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(RegistryMeters.class);
    private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(1);

    private final Snapshot<List<GroupLag>> lags;
    private final Snapshot<List<ParkedCount>> parked;
    private final List<String> lagGroups;
    private final List<String> parkingGroups;
    private final DashboardBuilds builds;
    private final List<MultiGauge> buildGauges = new ArrayList<>();
    private ScheduledExecutorService refresher;

    public RegistryMeters(ProjectionLag projectionLag, ParkedEvents parkedEvents, DashboardBuilds builds) {
        this.lags = new Snapshot<>(projectionLag::current);
        this.parked = new Snapshot<>(parkedEvents::counts);
        this.lagGroups = projectionLag.processingGroups();
        this.parkingGroups = parkedEvents.processingGroups();
        this.builds = builds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : lagGroups) {
            gauge(registry, LAG, "Events the read model is behind the log's head", "events", group,
                    () -> lagOf(group));
        }
        for (String group : parkingGroups) {
            gauge(registry, PARKED, "Events parked as dead letters", "events", group,
                    () -> parkedOf(group, ParkedCount::events));
            gauge(registry, PARKED_SEQUENCES, "Companies, contracts or streams held back by parked events",
                    "sequences", group, () -> parkedOf(group, ParkedCount::sequences));
        }
        buildGauges.add(MultiGauge.builder(BUILD_PROGRESS).description("Share of the log a dashboard build has read, 0 to 1")
                .baseUnit("ratio").register(registry));
        buildGauges.add(MultiGauge.builder(BUILD_RATE).description("Events per second a dashboard build reads")
                .baseUnit("events.per.second").register(registry));
        buildGauges.add(MultiGauge.builder(BUILD_POSITION).description("Log position a dashboard build has reached")
                .register(registry));
        buildGauges.add(MultiGauge.builder(BUILD_TARGET).description(
                "Log position a dashboard build must reach: its bound, or the log's head").register(registry));
        refreshBuilds();
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-meters");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshBuilds, BUILD_REFRESH_SECONDS, BUILD_REFRESH_SECONDS,
                TimeUnit.SECONDS);
    }

    private static void gauge(MeterRegistry registry, String name, String description, String unit, String group,
                              Supplier<Number> value) {
        Gauge.builder(name, value).description(description).baseUnit(unit).tag("group", group).register(registry);
    }

    private double lagOf(String group) {
        return lags.get().stream().filter(lag -> lag.processingGroup().equals(group)).findFirst()
                .map(GroupLag::lag).map(Long::doubleValue).orElse(Double.NaN);
    }

    private double parkedOf(String group, ToDoubleFunction<ParkedCount> count) {
        return parked.get().stream().filter(parked -> parked.processingGroup().equals(group)).findFirst()
                .map(count::applyAsDouble).orElse(0.0);
    }

    /** One row per readable build; a cancelled or retired build's rows go. */
    void refreshBuilds() {
        try {
            List<List<MultiGauge.Row<?>>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (DashboardBuildView build : builds.builds()) {
                if (!build.status().readable()) {
                    continue;
                }
                Tags tags = Tags.of("build", build.id(), "definition_set", build.definitionSet(),
                        "status", build.status().name());
                BuildProgress progress = build.progress();
                rows.get(0).add(MultiGauge.Row.of(tags, progress.percentDone() / 100));
                rows.get(1).add(MultiGauge.Row.of(tags, progress.eventsPerSecond()));
                rows.get(2).add(MultiGauge.Row.of(tags, progress.eventsDone()));
                rows.get(3).add(MultiGauge.Row.of(tags, progress.eventsTotal()));
            }
            for (int i = 0; i < buildGauges.size(); i++) {
                buildGauges.get(i).register(rows.get(i), true);
            }
        } catch (RuntimeException unreadable) {
            // The builds' records are in MongoDB; when it cannot be read, readiness says so. Keep the last rows.
            log.debug("Dashboard builds could not be read for their metrics", unreadable);
        }
    }

    @Override
    public void destroy() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** A value read at most once a second, so that one scrape reads it once for all its gauges. */
    static final class Snapshot<T> {
        private final Supplier<T> source;
        private T value;
        private long readAt;

        Snapshot(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > SNAPSHOT_AGE.toNanos()) {
                value = source.get();
                readAt = now;
            }
            return value;
        }
    }
}
