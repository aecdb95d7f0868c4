package dk.erhvervshuse.query.deadletter;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.query.api.ParkedEventView;
import dk.erhvervshuse.query.api.ParkedEvents;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The query side's dead-letter queues: one per processing group, on MongoDB ({@link MongoDeadLetterQueue}),
 * sequenced by the read-model documents an event changes ({@link ReadModelSequencingPolicy}), parking what a
 * projection cannot apply ({@link ParkingPolicy}), with the batch boundary that keeps parking and retrying from
 * tearing a batch apart ({@link ProjectionBatches}). Also what GraphQL shows and retries ({@link ParkedEvents}).
 */
public class DeadLetterQueues implements ParkedEvents {

    private final Map<String, ReentrantLock> gates = new LinkedHashMap<>();
    private final Map<String, MongoDeadLetterQueue> queues = new LinkedHashMap<>();
    private volatile Function<String, Optional<SequencedDeadLetterProcessor<EventMessage<?>>>> processors =
            group -> Optional.empty();
    private volatile Function<String, Optional<StreamingEventProcessor>> claims = group -> Optional.empty();

    /**
     * Registers a dead-letter queue for each of {@code groups} with {@code processing}.
     *
     * @param database where the queues live (the read models' database)
     * @param log      the log, to read a parked event again when it is retried
     */
    public void configure(EventProcessingConfigurer processing, List<String> groups,
                          Function<Configuration, MongoDatabase> database,
                          Function<Configuration, StreamableMessageSource<TrackedEventMessage<?>>> log) {
        for (String group : groups) {
            ReentrantLock gate = gates.computeIfAbsent(group, g -> new ReentrantLock());
            processing.registerSequencingPolicy(group, configuration -> new ReadModelSequencingPolicy());
            processing.registerDeadLetterQueue(group, configuration -> queues.computeIfAbsent(group,
                    g -> new MongoDeadLetterQueue(g, database.apply(configuration),
                            EventAtPosition.of(log.apply(configuration)))));
            processing.registerDeadLetterPolicy(group, configuration -> new ParkingPolicy());
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (configuration, builder) -> builder.enableSequenceIdentifierCache().allowReset(true));
            processing.registerHandlerInterceptor(group, configuration -> new ProjectionBatches(gate));
        }
    }

    /** Where to find each group's dead-letter processor once Axon has started. */
    public void processorsFrom(Configuration axon) {
        processorsFrom(group -> axon.eventProcessingConfiguration().sequencedDeadLetterProcessor(group));
        claimsFrom(group -> axon.eventProcessingConfiguration().eventProcessor(group, StreamingEventProcessor.class));
    }

    public void processorsFrom(Function<String, Optional<SequencedDeadLetterProcessor<EventMessage<?>>>> processors) {
        this.processors = Objects.requireNonNull(processors);
    }

    /**
     * Where to find each group's event processor, whose claimed segments say which sequences this instance
     * processes: with several instances on one database, parked events are retried only where their sequence is
     * processed, never beside it.
     */
    public void claimsFrom(Function<String, Optional<StreamingEventProcessor>> processors) {
        this.claims = Objects.requireNonNull(processors);
    }

    @Override
    public List<String> processingGroups() {
        return List.copyOf(gates.keySet());
    }

    private MongoDeadLetterQueue queue(String group) {
        if (!gates.containsKey(group)) {
            throw new UnknownProcessingGroup(group);
        }
        MongoDeadLetterQueue queue = queues.get(group);
        if (queue == null) {
            throw new IllegalStateException("the processor of " + group + " has not started yet");
        }
        return queue;
    }

    @Override
    public List<ParkedEventView> parked(String processingGroup) {
        List<ParkedEventView> views = new ArrayList<>();
        queue(processingGroup).records().forEach((sequenceId, records) ->
                records.forEach(record -> views.add(view(processingGroup, sequenceId, record))));
        return views;
    }

    private static ParkedEventView view(String group, String sequenceId, Document record) {
        Document diagnostics = record.get("diagnostics", Document.class);
        Object retries = diagnostics == null ? null : diagnostics.get(ParkingPolicy.RETRIES);
        return new ParkedEventView(group, sequenceId, ((Number) record.get("position")).longValue(),
                record.getString("eventId"), record.getString("eventType"), record.getString("aggregateId"),
                record.getString("correlationId"), record.getString("causeType"), record.getString("causeMessage"),
                instant(record.getDate("enqueuedAt")), instant(record.getDate("lastTouched")),
                retries == null ? 0 : Integer.parseInt(String.valueOf(retries)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public List<ParkedCount> counts() {
        List<ParkedCount> counts = new ArrayList<>();
        for (String group : gates.keySet()) {
            MongoDeadLetterQueue queue = queues.get(group);
            counts.add(queue == null ? new ParkedCount(group, 0, 0)
                    : new ParkedCount(group, queue.size(), queue.amountOfSequences()));
        }
        return counts;
    }

    @Override
    public RetryOutcome retry(String processingGroup, String sequenceId) {
        MongoDeadLetterQueue queue = queue(processingGroup);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processors.apply(processingGroup)
                .orElseThrow(() -> new IllegalStateException("the processor of " + processingGroup + " is not running"));
        claims.apply(processingGroup).ifPresent(running -> {
            boolean processedHere = running.processingStatus().values().stream()
                    .anyMatch(status -> status.getSegment().matches(sequenceId));
            if (!processedHere) {
                throw new NotProcessedHere(processingGroup, sequenceId);
            }
        });
        ReentrantLock gate = gates.get(processingGroup);
        long before = queue.sequenceSize(sequenceId);
        // Between the processor's batches, never in the middle of one (see ProjectionBatches).
        gate.lock();
        try {
            processor.process(letter -> letter instanceof ParkedLetter parked
                    && parked.sequenceId().equals(sequenceId));
        } finally {
            gate.unlock();
        }
        List<Document> left = queue.records().getOrDefault(sequenceId, List.of());
        String cause = left.isEmpty() ? null : left.get(0).getString("causeType") + ": "
                + left.get(0).getString("causeMessage");
        return new RetryOutcome(processingGroup, sequenceId, (int) Math.max(0, before - left.size()), left.size(),
                cause);
    }

    @Override
    public boolean evict(String processingGroup, long position) {
        MongoDeadLetterQueue queue = queue(processingGroup);
        ReentrantLock gate = gates.get(processingGroup);
        gate.lock();
        try {
            for (var sequence : queue.deadLetters()) {
                for (var letter : sequence) {
                    if (letter instanceof ParkedLetter parked && parked.position() == position) {
                        queue.evict(parked);
                        return true;
                    }
                }
            }
            return false;
        } finally {
            gate.unlock();
        }
    }
}
