package dk.erhvervshuse.query.processing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dk.erhvervshuse.query.api.ProcessingStatus;
import dk.erhvervshuse.query.support.AppliedEvents;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The instances of the registry working on one database, and how they share the query side's processors.
 * <p>
 * Every second each instance records a sign of life in {@value #COLLECTION} ({@code _id} its instance id) and reads
 * the others'; an instance not heard from for the claim timeout counts as gone, as its claims in the token store
 * then lapse too. From that, each processor's {@link MaxSegmentProvider} gives how many of its segments this
 * instance may hold, which Axon's pooled processor applies at every claim round (it releases what is over, after the
 * batch at hand, and claims what is free up to it):
 * <ul>
 *     <li>a processor of several segments: its share, the segments divided by the instances present, rounded up;</li>
 *     <li>the processors of one segment (a single writer, because their documents gather many sequences) are dealt
 *     out in their order across the instances in theirs: the first to the first instance, the second to the
 *     second, and so on round; only the one dealt a processor claims it.</li>
 * </ul>
 * never more than {@code registry.processing.max-claimed-segments}. When an instance goes (stopped, or killed and not
 * heard from for the claim timeout), the shares of those left grow and they claim its segments as its claims lapse,
 * from its last stored tokens. With one instance, it holds everything.
 * <p>
 * It also splits a processor's stored segments up to the configured count ({@code registry.processing.segments}),
 * one split per processor and round, of a segment this instance holds: the count given to a fresh token store only
 * applies there, so a deployment that started with one segment is split here on its next start. A split segment's
 * two halves start from its token; the halves' documents are disjoint, so nothing is applied twice.
 * Clocks: liveness uses the system clock, as the token store's claims do, never the registry's business clock.
 */
public class ProcessingInstances implements ProcessingStatus, SmartLifecycle, DisposableBean {

    public static final String COLLECTION = "processing_instances";
    private static final Logger log = LoggerFactory.getLogger(ProcessingInstances.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    /** Signs of life older than this many claim timeouts are removed: the instance is long gone. */
    private static final int FORGET_AFTER_TIMEOUTS = 30;

    private final MongoCollection<Document> instances;
    private final TokenStore tokenStore;
    private final ProcessingProperties properties;
    private final Function<String, Optional<StreamingEventProcessor>> processors;
    private final Clock clock;
    private final Instant startedAt;
    /** The processors shared out, in their order, with the segments each is configured to have. */
    private volatile Map<String, Integer> managed = Map.of();
    /** Splits asked for and not yet done, per processor: one at a time. */
    private final Map<String, CompletableFuture<Boolean>> splitting = new ConcurrentHashMap<>();

    private final ThreadLocal<Boolean> configuring = new ThreadLocal<>();
    private volatile View view;
    private ScheduledExecutorService ticker;
    private long ticks;

    /** Who is present, and how many segments each processor's tokens hold: refreshed every round. */
    private record View(List<String> live, Map<String, Integer> storedSegments) {
    }

    /**
     * @param processors finds this instance's processors by name, once Axon has started
     */
    public ProcessingInstances(MongoDatabase database, TokenStore tokenStore, ProcessingProperties properties,
                               Function<String, Optional<StreamingEventProcessor>> processors, Clock clock) {
        this.instances = Objects.requireNonNull(database, "database").getCollection(COLLECTION);
        this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
        this.properties = Objects.requireNonNull(properties, "properties");
        this.processors = Objects.requireNonNull(processors, "processors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startedAt = clock.instant();
    }

    public String instanceId() {
        return properties.instanceId();
    }

    /** Shares {@code processor} out between the instances; it is configured to have {@code segments}. */
    public synchronized void manage(String processor, int segments) {
        Map<String, Integer> more = new LinkedHashMap<>(managed);
        more.put(processor, segments);
        managed = Collections.unmodifiableMap(more);
    }

    /**
     * Gives a processor's builder the number of its segments this instance may hold, which its coordinator asks
     * for at every claim round.
     */
    public PooledStreamingEventProcessor.Builder shareOut(PooledStreamingEventProcessor.Builder builder) {
        // The builder asks once, to check it, and insists on at least one; a share may be none.
        configuring.set(Boolean.TRUE);
        try {
            return builder.maxSegmentProvider(this::maxSegmentsFor);
        } finally {
            configuring.remove();
        }
    }

    int maxSegmentsFor(String processor) {
        int cap = properties.maxClaimedSegments();
        View seen = view;
        if (!properties.balance() || seen == null || !managed.containsKey(processor)) {
            return cap;
        }
        int share = Math.min(cap, shareOf(processor, seen));
        return configuring.get() != null ? Math.max(1, share) : share;
    }

    private int shareOf(String processor, View seen) {
        int present = seen.live().size();
        int rank = Math.max(0, seen.live().indexOf(instanceId()));
        int segments = segmentsOf(processor, seen);
        if (segments > 1) {
            return (segments + present - 1) / present;
        }
        List<String> singles = managed.keySet().stream().filter(name -> segmentsOf(name, seen) <= 1).toList();
        return singles.indexOf(processor) % present == rank ? 1 : 0;
    }

    private int segmentsOf(String processor, View seen) {
        Integer stored = seen.storedSegments().get(processor);
        return stored == null || stored == 0 ? managed.getOrDefault(processor, 1) : stored;
    }

    // ---- the rounds

    /** Records this instance's sign of life and reads who is present and how the tokens are split. */
    public synchronized void refresh() {
        Instant now = clock.instant();
        instances.replaceOne(Filters.eq("_id", instanceId()), new Document("_id", instanceId())
                        .append("seenAt", Date.from(now)).append("startedAt", Date.from(startedAt)),
                new ReplaceOptions().upsert(true));
        Instant presentSince = now.minus(properties.claimTimeout());
        List<String> live = new ArrayList<>();
        for (Document instance : instances.find()) {
            Date seenAt = instance.getDate("seenAt");
            if (seenAt != null && !seenAt.toInstant().isBefore(presentSince)) {
                live.add(instance.getString("_id"));
            }
        }
        if (!live.contains(instanceId())) {
            live.add(instanceId());
        }
        live.sort(Comparator.naturalOrder());
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (String processor : managed.keySet()) {
            int[] segments = tokenStore.fetchSegments(processor);
            stored.put(processor, segments == null ? 0 : segments.length);
        }
        View previous = view;
        view = new View(List.copyOf(live), Map.copyOf(stored));
        if (previous == null || !previous.live().equals(live)) {
            log.info("Processing instances present: {} (this is {})", live, instanceId());
        }
        if (++ticks % 60 == 0) {
            instances.deleteMany(Filters.lt("seenAt",
                    Date.from(now.minus(properties.claimTimeout().multipliedBy(FORGET_AFTER_TIMEOUTS)))));
        }
    }

    /**
     * Asks for one split of each processor that has fewer segments than configured, of the widest segment this
     * instance holds (another instance's segment is split by that instance). Does not wait for it: the next round
     * sees the new count.
     */
    void splitWhereConfigured() {
        View seen = view;
        if (seen == null) {
            return;
        }
        managed.forEach((processor, configured) -> {
            int stored = seen.storedSegments().getOrDefault(processor, 0);
            CompletableFuture<Boolean> pending = splitting.get(processor);
            if (stored == 0 || stored >= configured || (pending != null && !pending.isDone())) {
                return;
            }
            processors.apply(processor).ifPresent(running -> running.processingStatus().values().stream()
                    .map(EventTrackerStatus::getSegment)
                    .min(Comparator.comparingInt(Segment::getMask).thenComparingInt(Segment::getSegmentId))
                    .ifPresent(widest -> splitting.put(processor, running.splitSegment(widest.getSegmentId())
                            .whenComplete((split, failure) -> {
                                if (Boolean.TRUE.equals(split)) {
                                    log.info("Split segment {} of {} in two, toward the {} segments configured",
                                            widest.getSegmentId(), processor, configured);
                                } else {
                                    log.debug("Segment {} of {} was not split this time", widest.getSegmentId(),
                                            processor, failure);
                                }
                            }))));
        });
    }

    private void tick() {
        try {
            refresh();
            splitWhereConfigured();
        } catch (RuntimeException failure) {
            log.warn("Sharing the processors between instances failed this time; trying again in {} s",
                    TICK.toSeconds(), failure);
        }
    }

    // ---- status

    @Override
    public InstanceProcessing status() {
        View seen = view;
        List<ProcessorClaims> claims = new ArrayList<>();
        managed.forEach((processor, configured) -> {
            Map<Integer, EventTrackerStatus> held = processors.apply(processor)
                    .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
            Long position = held.values().stream().map(status -> status.getCurrentPosition().orElse(0L))
                    .min(Long::compare).orElse(null);
            claims.add(new ProcessorClaims(processor,
                    seen == null ? 0 : seen.storedSegments().getOrDefault(processor, 0), configured,
                    maxSegmentsFor(processor), held.keySet().stream().sorted().toList(), position));
        });
        return new InstanceProcessing(instanceId(), seen == null ? List.of(instanceId()) : seen.live(), claims,
                AppliedEvents.counts());
    }

    // ---- lifecycle

    /** Starts the rounds before the processors start (phase 0), so that their first claims already share. */
    @Override
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        refresh();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processing-instances");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the rounds after the processors have stopped and released their claims, and leaves the instances. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = ticker;
            ticker = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            instances.deleteOne(Filters.eq("_id", instanceId()));
        } catch (RuntimeException unreachable) {
            log.debug("Could not leave the processing instances; the others will time this one out", unreachable);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    /** At the very end, when no projection runs any more: what this instance applied, for its operators. */
    @Override
    public void destroy() {
        log.info("Events applied by instance {}: {}", instanceId(), AppliedEvents.counts());
    }
}
