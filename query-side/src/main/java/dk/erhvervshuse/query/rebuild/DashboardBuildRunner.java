package dk.erhvervshuse.query.rebuild;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildProgress;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DefinitionSetView;
import dk.erhvervshuse.query.api.DashboardDiff;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DefinitionSetView;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.targets.GoalDefinition;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the dashboard builds ({@link DashboardBuilds}): each build other than the configured one (v1, which the
 * application's own processor {@code dashboards} keeps) gets a {@link DashboardProjection} of its definition set
 * writing into its own collections, fed by its own pooled streaming processor ({@code dashboard-build-<id>}, one
 * segment, its token in the token store) from the start of the log. The live dashboards are never reset:
 * they keep answering from their collections while a build reads the whole log beside them (blue/green), and
 * promoting a build only moves the pointer that {@code dashboard} follows.
 * <p>
 * Every second a monitor reconciles the processors of this instance with the builds as recorded
 * ({@link BuildRecords}): it starts the processor of a build recorded as running (a new one, or one found after
 * a restart, which resumes from its token), stops one recorded as ended (by another instance, say), samples
 * each build's position, moves a build that has caught up with the log to {@link BuildStatus#LIVE} and a
 * bounded one that has reached its stop to {@link BuildStatus#COMPLETE}, and logs the progress of those
 * building every {@value #LOG_EVERY_SECONDS} seconds. With several instances each runs a processor per build,
 * and the token store's claim lets one of them work.
 */
public class DashboardBuildRunner implements DashboardBuilds, SmartLifecycle {

    static final int LOG_EVERY_SECONDS = 5;
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(DashboardBuildRunner.class);

    private final MongoDatabase database;
    private final StreamableMessageSource<TrackedEventMessage<?>> eventLog;
    private final TokenStore tokenStore;
    private final DashboardChangeHub changes;
    private final Clock clock;
    private final int batchSize;
    private final Function<String, Optional<StreamingEventProcessor>> configuredProcessors;
    private final BuildRecords records;

    private final Map<String, RunningBuild> running = new ConcurrentHashMap<>();
    private final Map<String, MongoDashboardQueries> queries = new ConcurrentHashMap<>();
    private final ProgressMeter configuredMeter = new ProgressMeter();
    private volatile Map<String, BuildRecord> known = Map.of();
    private volatile String defaultBuild = BuildRecords.CONFIGURED;
    private volatile long head;
    private long lastLogged;
    private ScheduledExecutorService monitor;
    private volatile boolean started;

    /**
     * @param configuredProcessors finds the application's own processors by name, for the progress of the
     *                             configured build ({@code dashboards})
     * @param batchSize            events per batch of a build's processor
     */
    public DashboardBuildRunner(MongoDatabase database, StreamableMessageSource<TrackedEventMessage<?>> eventLog,
                                TokenStore tokenStore, DashboardChangeHub changes, Clock clock, int batchSize,
                                Function<String, Optional<StreamingEventProcessor>> configuredProcessors) {
        this.database = Objects.requireNonNull(database, "database");
        this.eventLog = Objects.requireNonNull(eventLog, "eventLog");
        this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
        this.changes = changes;
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize: at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.configuredProcessors = Objects.requireNonNull(configuredProcessors, "configuredProcessors");
        this.records = new BuildRecords(database);
    }

    // ---- lifecycle

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        records.ensureConfigured(clock.instant());
        started = true;
        tick();
        monitor = Executors.newSingleThreadScheduledExecutor(named("dashboard-builds-monitor"));
        monitor.scheduleWithFixedDelay(this::tickSafely, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (!started) {
                return;
            }
            started = false;
            stopping = monitor;
        }
        stopping.shutdownNow();
        try {
            stopping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            running.keySet().forEach(this::halt);
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    // ---- reading

    @Override
    public List<DefinitionSetView> definitionSets() {
        return DefinitionSets.all().stream().map(set -> new DefinitionSetView(set.id(), set.definitions().stream()
                .map(definition -> new DefinitionSetView.Definition(definition.id(), definition.goal().id(),
                        definition.description()))
                .toList())).toList();
    }

    @Override
    public List<DashboardBuildView> builds() {
        return records.all().stream().map(this::view).toList();
    }

    @Override
    public Optional<DashboardBuildView> build(String id) {
        return records.find(id).map(this::view);
    }

    @Override
    public String defaultBuild() {
        return defaultBuild;
    }

    @Override
    public DashboardQueries dashboards(String buildId) {
        String id = buildId == null ? defaultBuild : buildId;
        BuildRecord record = known.get(id);
        if (record == null) {
            record = records.find(id).orElseThrow(() -> BuildRejected.notFound(id));
        }
        if (!record.status().readable()) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.notReadable", "dashboard build " + id
                    + " is " + record.status() + ": its dashboards are gone");
        }
        BuildRecord readable = record;
        return queries.computeIfAbsent(id, key -> new MongoDashboardQueries(database, definitionSetOf(readable),
                readable.namespace()));
    }

    @Override
    public DashboardDiff diff(String from, String to, House house, int year, int movedFirst) {
        if (movedFirst < 1 || movedFirst > DashboardQueries.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("movedFirst: between 1 and " + DashboardQueries.MAX_PAGE_SIZE
                    + ", was " + movedFirst);
        }
        String fromId = from == null ? defaultBuild : from;
        String toId = Objects.requireNonNull(to, "to");
        MongoDashboardQueries fromDashboards = (MongoDashboardQueries) dashboards(fromId);
        MongoDashboardQueries toDashboards = (MongoDashboardQueries) dashboards(toId);
        return new DashboardDiffer(fromId, fromDashboards, toId, toDashboards).diff(house, year, movedFirst);
    }

    // ---- changing

    @Override
    public synchronized DashboardBuildView start(String definitionSet, BuildBound bound, String requestedBy) {
        DefinitionSet definitions = DefinitionSets.byId(definitionSet).orElseThrow(() -> new IllegalArgumentException(
                "definitionSet: there is no definition set '" + definitionSet + "'; known are "
                        + DefinitionSets.all().stream().map(DefinitionSet::id).toList()));
        BuildBound upTo = bound == null ? BuildBound.NONE : bound;
        Instant now = clock.instant();
        if (upTo.recordedUpTo() != null && upTo.recordedUpTo().isAfter(now)) {
            throw new IllegalArgumentException("upTo.recordedAt: " + upTo.recordedUpTo()
                    + " is in the future; a build shows what was recorded by a past moment");
        }
        LocalDate today = LocalDate.ofInstant(now, EventAdmission.DENMARK);
        if (upTo.happenedBy() != null && upTo.happenedBy().isAfter(today)) {
            throw new IllegalArgumentException("upTo.businessDate: " + upTo.happenedBy()
                    + " is after today (" + today + "); a build shows what had happened by a past date");
        }
        long headNow = headPosition();
        if (upTo.upToPosition() != null && upTo.upToPosition() > headNow) {
            throw new IllegalArgumentException("upTo.position: " + upTo.upToPosition() + " is past the end of the log ("
                    + headNow + ")");
        }
        long building = records.all().stream().filter(record -> record.status() == BuildStatus.BUILDING).count();
        if (building >= MAX_BUILDING) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "definitionSet", "builds.tooMany", building
                    + " builds are reading the log already, the most at once; wait for one to finish or cancel one");
        }
        Long stopsAt = !upTo.bounded() ? null : upTo.upToPosition() != null ? upTo.upToPosition() : headNow;
        BuildRecord record = records.insertNew(definitions.id(), upTo, stopsAt, now, requestedBy);
        log.info("Dashboard build {} of definition set {} started by {}: {}{}", record.id(), definitions.id(),
                requestedBy, upTo, stopsAt == null ? "" : ", reading to position " + stopsAt);
        head = headNow;
        tick();
        return view(records.find(record.id()).orElse(record));
    }

    @Override
    public synchronized DashboardBuildView cancel(String id, String requestedBy) {
        BuildRecord record = changeable(id, "cancelled");
        if (record.status() != BuildStatus.BUILDING) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.notBuilding", "dashboard build " + id
                    + " is " + record.status() + ": only a build still building can be cancelled (retire a finished one)");
        }
        return end(record, BuildStatus.CANCELLED, requestedBy);
    }

    @Override
    public synchronized DashboardBuildView retire(String id, String requestedBy) {
        BuildRecord record = changeable(id, "retired");
        if (record.status() != BuildStatus.LIVE && record.status() != BuildStatus.COMPLETE) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.notFinished", "dashboard build " + id
                    + " is " + record.status() + ": only a live or complete build can be retired (cancel one building)");
        }
        if (id.equals(defaultBuild)) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.isDefault", "dashboard build " + id
                    + " answers the dashboards; promote another build before retiring it");
        }
        return end(record, BuildStatus.RETIRED, requestedBy);
    }

    @Override
    public synchronized DashboardBuildView promote(String id, String requestedBy) {
        BuildRecord record = records.find(id).orElseThrow(() -> BuildRejected.notFound(id));
        if (record.status() != BuildStatus.LIVE) {
            BuildProgress progress = view(record).progress();
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.notLive", "dashboard build " + id
                    + " is " + record.status() + (record.status() == BuildStatus.BUILDING
                    ? String.format(" (%.1f %% of the log)", progress.percentDone()) : "")
                    + ": only a build that follows the log and has caught up with it can be promoted");
        }
        if (!id.equals(defaultBuild)) {
            String previous = defaultBuild;
            records.setDefault(id);
            records.markPromoted(id, clock.instant(), requestedBy);
            log.info("Dashboard build {} (definition set {}) promoted by {}: the dashboards now answer with it "
                    + "instead of {}", id, record.definitionSet(), requestedBy, previous);
            tick();
        }
        return view(records.find(id).orElseThrow());
    }

    private BuildRecord changeable(String id, String what) {
        BuildRecord record = records.find(id).orElseThrow(() -> BuildRejected.notFound(id));
        if (record.configured()) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.configured", "dashboard build " + id
                    + " is the application's own and cannot be " + what);
        }
        return record;
    }

    private DashboardBuildView end(BuildRecord record, BuildStatus to, String requestedBy) {
        Instant now = clock.instant();
        if (!records.move(record.id(), record.status(), to, Updates.set("endedAt", Date.from(now)),
                Updates.set("endedBy", requestedBy))) {
            throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.changedMeanwhile", "dashboard build "
                    + record.id() + " changed while this was asked; read it again");
        }
        halt(record.id());
        queries.remove(record.id());
        boolean cleanedUp = cleanUp(record);
        log.info("Dashboard build {} {} by {}; {}", record.id(), to.name().toLowerCase(), requestedBy, cleanedUp
                ? "its collections are dropped" : "its collections are dropped once the instance building it stops");
        tick();
        return view(records.find(record.id()).orElseThrow());
    }

    // ---- the monitor

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException failure) {
            log.warn("Checking the dashboard builds failed; trying again in {} s", TICK.toSeconds(), failure);
        }
    }

    private synchronized void tick() {
        if (!started) {
            return;
        }
        long headNow = headPosition();
        head = headNow;
        long nanos = System.nanoTime();
        String wantedDefault = records.defaultBuild();
        Map<String, BuildRecord> snapshot = new LinkedHashMap<>();
        for (BuildRecord record : records.all()) {
            snapshot.put(record.id(), record);
            if (record.configured()) {
                configuredPosition().ifPresent(position -> {
                    configuredMeter.sample(nanos, position);
                    if (position > record.eventsDone()) {
                        // for the instances that do not run the dashboards, which show it from the record
                        records.saveProgress(record.id(), position);
                    }
                });
            } else if (record.status().running()) {
                RunningBuild build = running.computeIfAbsent(record.id(), id -> launch(record));
                // Only the instance holding the build's claim knows how far it is; the others leave it be.
                build.position().ifPresent(done -> {
                    build.meter.sample(nanos, done);
                    snapshot.put(record.id(), settle(record, done, headNow));
                });
            } else {
                if (running.containsKey(record.id())) {
                    halt(record.id());
                }
                if (!record.status().readable() && !record.cleanedUp()) {
                    cleanUp(record);
                }
            }
        }
        running.keySet().removeIf(id -> {
            if (!snapshot.containsKey(id)) {
                RunningBuild orphan = running.get(id);
                orphan.shutDown();
                return true;
            }
            return false;
        });
        known = Map.copyOf(snapshot);
        follow(snapshot.get(wantedDefault), wantedDefault);
        if (nanos - lastLogged >= LOG_EVERY_SECONDS * 1_000_000_000L) {
            lastLogged = nanos;
            snapshot.values().stream().filter(record -> record.status() == BuildStatus.BUILDING)
                    .forEach(record -> logProgress(record, view(record).progress()));
        }
    }

    /** Moves a running build on when it has caught up or reached its stop; returns it as it now stands. */
    private BuildRecord settle(BuildRecord record, long done, long headNow) {
        if (record.status() != BuildStatus.BUILDING) {
            return record;
        }
        Instant now = clock.instant();
        if (record.stopsAt() != null && done >= record.stopsAt()) {
            if (records.move(record.id(), BuildStatus.BUILDING, BuildStatus.COMPLETE,
                    Updates.set("finishedAt", Date.from(now)), Updates.set("eventsDone", record.stopsAt()))) {
                log.info("Dashboard build {} of definition set {} is complete: the dashboards {} (position {})",
                        record.id(), record.definitionSet(), record.bound(), record.stopsAt());
            }
            halt(record.id());
        } else if (record.stopsAt() == null && done >= headNow) {
            if (records.move(record.id(), BuildStatus.BUILDING, BuildStatus.LIVE,
                    Updates.set("finishedAt", Date.from(now)), Updates.set("eventsDone", done))) {
                log.info("Dashboard build {} of definition set {} has caught up with the log at position {} after {} s;"
                                + " it follows the log and can be promoted", record.id(), record.definitionSet(), done,
                        Duration.between(record.startedAt(), now).toSeconds());
            }
        } else {
            records.saveProgress(record.id(), done);
        }
        return records.find(record.id()).orElse(record);
    }

    private void follow(BuildRecord wanted, String wantedId) {
        if (wanted == null || !wanted.status().readable()) {
            return;
        }
        if (!wantedId.equals(defaultBuild)) {
            defaultBuild = wantedId;
        }
        if (changes != null) {
            changes.publishFrom(wanted.namespace());
        }
    }

    private RunningBuild launch(BuildRecord record) {
        DefinitionSet definitions = definitionSetOf(record);
        DashboardProjection projection = new DashboardProjection(database, definitions, record.namespace(), changes);
        long stopsAt = record.stopsAt() == null ? Long.MAX_VALUE : record.stopsAt();
        BoundedHandlerInvoker invoker = new BoundedHandlerInvoker(SimpleEventHandlerInvoker.builder()
                .eventHandlers(projection)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build(), projection, new EventAdmission(record.bound(), stopsAt));
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                named(record.processorName() + "-coordinator"));
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
                named(record.processorName() + "-worker"));
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(record.processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(eventLog)
                .tokenStore(tokenStore)
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(worker)
                .initialSegmentCount(1)
                .batchSize(batchSize)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
        processor.start();
        return new RunningBuild(processor, coordinator, worker, new ProgressMeter());
    }

    private void halt(String id) {
        RunningBuild build = running.remove(id);
        if (build != null) {
            build.shutDown();
        }
    }

    /**
     * Drops an ended build's collections and deletes its token, once no instance builds it any more: this one has
     * halted its own processor, and claiming the token shows that no other holds it (another instance halts its
     * processor at its next round and releases the claim; one that died loses it at the claim's timeout). Until
     * then a batch still being written there would bring the collections back, so it is tried again every round.
     *
     * @return whether it is done
     */
    private boolean cleanUp(BuildRecord record) {
        String processor = record.processorName();
        int[] segments = tokenStore.fetchSegments(processor);
        try {
            for (int segment : segments) {
                tokenStore.fetchToken(processor, segment);
            }
        } catch (UnableToClaimTokenException stillBuilding) {
            log.debug("Dashboard build {} is still held by another instance; cleaning up later", record.id());
            return false;
        }
        record.namespace().collections().forEach(collection -> database.getCollection(collection).drop());
        for (int segment : segments) {
            tokenStore.deleteToken(processor, segment);
        }
        records.markCleanedUp(record.id(), clock.instant());
        return true;
    }

    // ---- views

    private DashboardBuildView view(BuildRecord record) {
        DefinitionSet definitions = definitionSetOf(record);
        return new DashboardBuildView(record.id(), record.definitionSet(),
                definitions.definitions().stream().map(GoalDefinition::id).toList(), record.bound(), record.status(),
                record.stopsAt(), record.startedAt(), record.startedBy(), record.finishedAt(), record.promotedAt(),
                record.promotedBy(), record.endedAt(), record.endedBy(), record.id().equals(defaultBuild),
                progressOf(record));
    }

    private BuildProgress progressOf(BuildRecord record) {
        long headNow = head;
        if (record.configured()) {
            long done = configuredPosition().orElse(Math.min(record.eventsDone(), headNow));
            return new BuildProgress(done, Math.max(done, headNow), configuredMeter.rate(),
                    configuredMeter.secondsLeft(done, headNow), configuredError());
        }
        long total = record.stopsAt() != null ? record.stopsAt() : headNow;
        if (record.status() == BuildStatus.COMPLETE) {
            return new BuildProgress(total, total, 0, 0L, null);
        }
        RunningBuild build = running.get(record.id());
        Optional<Long> position = build == null ? Optional.empty() : build.position();
        if (position.isEmpty()) {
            long done = Math.min(record.eventsDone(), Math.max(total, record.eventsDone()));
            return new BuildProgress(done, Math.max(done, total), 0, null, null);
        }
        long done = Math.min(position.get(), record.stopsAt() != null ? total : Long.MAX_VALUE);
        return new BuildProgress(done, Math.max(done, total), build.meter.rate(),
                build.meter.secondsLeft(done, total), build.error());
    }

    private static void logProgress(BuildRecord record, BuildProgress progress) {
        Long left = progress.secondsLeft();
        log.info("Dashboard build {} ({}, {}): {} of {} events ({}), {} events/s, {}", record.id(),
                record.definitionSet(), record.bound(), String.format("%,d", progress.eventsDone()),
                String.format("%,d", progress.eventsTotal()), String.format("%.1f %%", progress.percentDone()),
                String.format("%,.0f", progress.eventsPerSecond()),
                left == null ? "time left unknown" : "about " + Duration.ofSeconds(left).toString()
                        .substring(2).toLowerCase() + " left"
                        + (progress.error() == null ? "" : "; retrying after: " + progress.error()));
    }

    private Optional<Long> configuredPosition() {
        return configuredProcessors.apply(DashboardProjection.PROCESSING_GROUP)
                .map(StreamingEventProcessor::processingStatus)
                .flatMap(status -> status.values().stream().findFirst())
                .map(RunningBuild::positionOf);
    }

    private String configuredError() {
        return configuredProcessors.apply(DashboardProjection.PROCESSING_GROUP)
                .map(StreamingEventProcessor::processingStatus)
                .flatMap(status -> status.values().stream().filter(EventTrackerStatus::isErrorState).findFirst())
                .map(status -> String.valueOf(status.getError()))
                .orElse(null);
    }

    private static DefinitionSet definitionSetOf(BuildRecord record) {
        return DefinitionSets.byId(record.definitionSet()).orElseThrow(() -> new IllegalStateException(
                "dashboard build " + record.id() + " is of definition set " + record.definitionSet()
                        + ", which this version does not know"));
    }

    private long headPosition() {
        TrackingToken token = eventLog.createHeadToken();
        return token == null ? 0 : LogPosition.of(token);
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A build's processor in this instance, and the threads it runs on. */
    private record RunningBuild(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                                ScheduledExecutorService worker, ProgressMeter meter) {

        /** How far the build is; empty while another instance holds its claim. */
        Optional<Long> position() {
            return processor.processingStatus().values().stream().findFirst().map(RunningBuild::positionOf);
        }

        String error() {
            return processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                    .findFirst().map(status -> String.valueOf(status.getError())).orElse(null);
        }

        static long positionOf(EventTrackerStatus status) {
            return status.getCurrentPosition().orElse(0L);
        }

        void shutDown() {
            processor.shutDown();
            coordinator.shutdownNow();
            worker.shutdownNow();
        }
    }
}
