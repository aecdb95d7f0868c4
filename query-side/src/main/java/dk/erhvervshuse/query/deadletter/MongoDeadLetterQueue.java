package dk.erhvervshuse.query.deadletter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.query.support.LogPosition;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.deadletter.WrongDeadLetterTypeException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One processing group's dead-letter queue on MongoDB, read and written by key only: the embedded server uses
 * nothing but {@code _id} (and single-field unique indexes) for a query, so every look-up here is an {@code _id}
 * equality or an enumerated {@code _id $in}, whatever the queue holds.
 * <ul>
 *     <li>{@code dead_letter_groups}: per processing group, the sequences that hold parked events;</li>
 *     <li>{@code dead_letter_sequences}: per sequence (a company, a contract…), the log positions parked, and
 *     who is retrying it;</li>
 *     <li>{@code dead_letter_events}: per parked event ({@code group|position}), why and when.</li>
 * </ul>
 * A letter is keyed by the event's log position, not by an index of its own: parking the same event twice (a
 * batch delivered again after a crash) parks it once, and a sequence's letters are in log order however they
 * arrived. The event itself stays in the log and is read from there for a retry ({@link EventAtPosition}).
 * <p>
 * Without transactions, writes go in an order that a crash between them cannot turn into a lost event: the
 * group lists a sequence before the sequence lists the event, and the event's record exists before the sequence
 * names it; a sequence or a group entry left empty is skipped and removed. Two processes retrying one sequence
 * are kept apart by a claim on the sequence's document ({@code claimedUntil}, set by one atomic update).
 */
public class MongoDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(MongoDeadLetterQueue.class);

    static final String GROUPS = "dead_letter_groups";
    static final String SEQUENCES = "dead_letter_sequences";
    static final String EVENTS = "dead_letter_events";

    /** Axon's own defaults: a queue this full means something is badly wrong, and refuses more. */
    static final int MAX_SEQUENCES = 1024;
    static final int MAX_SEQUENCE_SIZE = 1024;
    private static final Duration CLAIM = Duration.ofSeconds(30);

    private final String group;
    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> sequences;
    private final MongoCollection<Document> events;
    private final EventAtPosition eventAtPosition;
    private final Map<Long, EventMessage<?>> messageCache = new ConcurrentHashMap<>();

    public MongoDeadLetterQueue(String processingGroup, MongoDatabase database, EventAtPosition eventAtPosition) {
        this.group = Objects.requireNonNull(processingGroup, "processingGroup");
        this.groups = database.getCollection(GROUPS);
        this.sequences = database.getCollection(SEQUENCES);
        this.events = database.getCollection(EVENTS);
        this.eventAtPosition = Objects.requireNonNull(eventAtPosition, "eventAtPosition");
    }

    public String processingGroup() {
        return group;
    }

    private String sequenceKey(String sequenceId) {
        return group + "|" + sequenceId;
    }

    private String eventKey(long position) {
        return group + "|" + position;
    }

    static String sequenceIdOf(Object sequenceIdentifier) {
        return String.valueOf(Objects.requireNonNull(sequenceIdentifier, "sequenceIdentifier"));
    }

    // ---------------------------------------------------------------- parking

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter) {
        String sequenceId = sequenceIdOf(sequenceIdentifier);
        if (isFull(sequenceId)) {
            throw new DeadLetterQueueOverflowException("No room to park " + letter.message().getIdentifier()
                    + " in sequence " + sequenceId + " of " + group);
        }
        long position = positionOf(letter);
        EventMessage<?> message = letter instanceof ParkedLetter ? null : letter.message();
        groups.updateOne(Filters.eq("_id", group), Updates.addToSet("sequences", sequenceId),
                new UpdateOptions().upsert(true));
        Document record = new Document("_id", eventKey(position))
                .append("group", group)
                .append("sequenceId", sequenceId)
                .append("position", position)
                .append("enqueuedAt", Date.from(letter.enqueuedAt()))
                .append("lastTouched", Date.from(letter.lastTouched()))
                .append("diagnostics", new Document(stringValues(letter.diagnostics())));
        letter.cause().ifPresent(cause -> record.append("causeType", cause.type()).append("causeMessage", cause.message()));
        if (message != null) {
            record.append("eventId", message.getIdentifier())
                    .append("eventType", message.getPayloadType().getSimpleName())
                    .append("aggregateId", aggregateIdOf(message))
                    .append("correlationId", message.getMetaData().get("correlationId"));
        }
        try {
            events.insertOne(record);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Parked already: the batch holding it was delivered again.
        }
        sequences.updateOne(Filters.eq("_id", sequenceKey(sequenceId)),
                Updates.combine(Updates.addToSet("positions", position),
                        Updates.setOnInsert("group", group), Updates.setOnInsert("sequenceId", sequenceId)),
                new UpdateOptions().upsert(true));
        log.warn("Parked the event at log position {} ({}) of sequence {} in {}{}", position,
                record.getString("eventType"), sequenceId, group,
                letter.cause().map(cause -> ": " + cause.type() + ": " + cause.message()).orElse(", behind an earlier one"));
    }

    private static long positionOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof ParkedLetter parked) {
            return parked.position();
        }
        if (letter.message() instanceof TrackedEventMessage<?> tracked) {
            return LogPosition.of(tracked.trackingToken());
        }
        throw new IllegalArgumentException("only events read from the log can be parked: " + letter.message());
    }

    private static String aggregateIdOf(EventMessage<?> message) {
        return message instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : null;
    }

    private static Map<String, Object> stringValues(MetaData metaData) {
        Map<String, Object> values = new LinkedHashMap<>();
        metaData.forEach((key, value) -> values.put(key, value == null ? null : String.valueOf(value)));
        return values;
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        ParkedLetter parked = parked(letter);
        events.deleteOne(Filters.eq("_id", eventKey(parked.position())));
        String key = sequenceKey(parked.sequenceId());
        sequences.updateOne(Filters.eq("_id", key), Updates.pull("positions", parked.position()));
        messageCache.remove(parked.position());
        removeIfEmpty(parked.sequenceId());
    }

    private void removeIfEmpty(String sequenceId) {
        String key = sequenceKey(sequenceId);
        Document sequence = sequences.find(Filters.eq("_id", key)).first();
        if (sequence != null && positions(sequence).isEmpty()) {
            // Only if still empty: a processor may have parked another event of the sequence just now.
            if (sequences.deleteOne(Filters.and(Filters.eq("_id", key), Filters.size("positions", 0)))
                    .getDeletedCount() == 1) {
                groups.updateOne(Filters.eq("_id", group), Updates.pull("sequences", sequenceId));
            }
        } else if (sequence == null) {
            groups.updateOne(Filters.eq("_id", group), Updates.pull("sequences", sequenceId));
        }
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) {
        ParkedLetter parked = parked(letter);
        DeadLetter<? extends EventMessage<?>> updated = letterUpdater.apply(letter).markTouched();
        List<org.bson.conversions.Bson> changes = new ArrayList<>();
        changes.add(Updates.set("lastTouched", Date.from(updated.lastTouched())));
        changes.add(Updates.set("diagnostics", new Document(stringValues(updated.diagnostics()))));
        updated.cause().ifPresent(cause -> {
            changes.add(Updates.set("causeType", cause.type()));
            changes.add(Updates.set("causeMessage", cause.message()));
        });
        if (events.updateOne(Filters.eq("_id", eventKey(parked.position())), Updates.combine(changes))
                .getMatchedCount() == 0) {
            throw new NoSuchDeadLetterException("No parked event at position " + parked.position() + " in " + group);
        }
    }

    private static ParkedLetter parked(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof ParkedLetter parked) {
            return parked;
        }
        throw new WrongDeadLetterTypeException("Expected a letter of this queue, got " + letter.getClass().getName());
    }

    // ---------------------------------------------------------------- reading

    @Override
    public boolean contains(Object sequenceIdentifier) {
        Document sequence = sequences.find(Filters.eq("_id", sequenceKey(sequenceIdOf(sequenceIdentifier)))).first();
        return sequence != null && !positions(sequence).isEmpty();
    }

    private static List<Long> positions(Document sequence) {
        List<?> raw = sequence.get("positions", List.class);
        List<Long> positions = new ArrayList<>();
        if (raw != null) {
            for (Object value : raw) {
                positions.add(((Number) value).longValue());
            }
        }
        positions.sort(Comparator.naturalOrder());
        return positions;
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        String sequenceId = sequenceIdOf(sequenceIdentifier);
        Document sequence = sequences.find(Filters.eq("_id", sequenceKey(sequenceId))).first();
        return sequence == null ? List.of() : new ArrayList<>(letters(sequenceId, positions(sequence)));
    }

    private List<ParkedLetter> letters(String sequenceId, List<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        List<String> keys = positions.stream().map(this::eventKey).toList();
        Map<Long, Document> byPosition = new HashMap<>();
        for (Document record : events.find(Filters.in("_id", keys))) {
            byPosition.put(((Number) record.get("position")).longValue(), record);
        }
        List<ParkedLetter> letters = new ArrayList<>();
        for (long position : positions) {
            Document record = byPosition.get(position);
            if (record != null) {
                letters.add(letterOf(sequenceId, record));
            }
        }
        return letters;
    }

    private ParkedLetter letterOf(String sequenceId, Document record) {
        long position = ((Number) record.get("position")).longValue();
        Supplier<EventMessage<?>> message = () -> messageCache.computeIfAbsent(position, eventAtPosition::read);
        Cause cause = record.getString("causeType") == null ? null
                : new ThrowableCause(record.getString("causeType"), record.getString("causeMessage"));
        Document diagnostics = record.get("diagnostics", Document.class);
        return new ParkedLetter(group, sequenceId, position, message, cause,
                record.getDate("enqueuedAt").toInstant(), record.getDate("lastTouched").toInstant(),
                diagnostics == null ? MetaData.emptyInstance() : MetaData.from(diagnostics));
    }

    /** The parked events' records of this group, sequence by sequence, each in log order: for showing them. */
    public Map<String, List<Document>> records() {
        Map<String, List<Document>> bySequence = new LinkedHashMap<>();
        for (Document sequence : sequenceDocuments()) {
            List<Long> positions = positions(sequence);
            if (positions.isEmpty()) {
                continue;
            }
            List<String> keys = positions.stream().map(this::eventKey).toList();
            List<Document> records = new ArrayList<>();
            events.find(Filters.in("_id", keys)).forEach(records::add);
            records.sort(Comparator.comparingLong(record -> ((Number) record.get("position")).longValue()));
            bySequence.put(sequence.getString("sequenceId"), records);
        }
        return bySequence;
    }

    private List<Document> sequenceDocuments() {
        Document groupDocument = groups.find(Filters.eq("_id", group)).first();
        if (groupDocument == null) {
            return List.of();
        }
        List<String> keys = groupDocument.getList("sequences", String.class, List.of()).stream()
                .map(this::sequenceKey).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Document> found = new ArrayList<>();
        sequences.find(Filters.in("_id", keys)).forEach(found::add);
        found.sort(Comparator.comparing(sequence -> positions(sequence).isEmpty() ? Long.MAX_VALUE
                : positions(sequence).get(0)));
        return found;
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        List<Iterable<DeadLetter<? extends EventMessage<?>>>> all = new ArrayList<>();
        for (Document sequence : sequenceDocuments()) {
            List<ParkedLetter> letters = letters(sequence.getString("sequenceId"), positions(sequence));
            if (!letters.isEmpty()) {
                all.add(new ArrayList<>(letters));
            }
        }
        return all;
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        String sequenceId = sequenceIdOf(sequenceIdentifier);
        Document sequence = sequences.find(Filters.eq("_id", sequenceKey(sequenceId))).first();
        if (sequence != null) {
            return positions(sequence).size() >= MAX_SEQUENCE_SIZE;
        }
        return amountOfSequences() >= MAX_SEQUENCES;
    }

    @Override
    public long size() {
        return sequenceDocuments().stream().mapToLong(sequence -> positions(sequence).size()).sum();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        Document sequence = sequences.find(Filters.eq("_id", sequenceKey(sequenceIdOf(sequenceIdentifier)))).first();
        return sequence == null ? 0 : positions(sequence).size();
    }

    @Override
    public long amountOfSequences() {
        return sequenceDocuments().stream().filter(sequence -> !positions(sequence).isEmpty()).count();
    }

    // ---------------------------------------------------------------- retrying

    /**
     * Retries one sequence whose first letter matches {@code sequenceFilter}, letter by letter in log order, until
     * one fails again (it stays parked with its new cause, and so do those after it) or the sequence is empty.
     */
    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        for (Document sequence : sequenceDocuments()) {
            String sequenceId = sequence.getString("sequenceId");
            List<ParkedLetter> letters = letters(sequenceId, positions(sequence));
            if (letters.isEmpty() || !sequenceFilter.test(letters.get(0)) || !claim(sequenceId)) {
                continue;
            }
            try {
                return processClaimed(sequenceId, task);
            } finally {
                release(sequenceId);
                removeIfEmpty(sequenceId);
            }
        }
        return false;
    }

    private boolean processClaimed(String sequenceId,
                                   Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        while (true) {
            Document sequence = sequences.find(Filters.eq("_id", sequenceKey(sequenceId))).first();
            List<ParkedLetter> letters = sequence == null ? List.of() : letters(sequenceId, positions(sequence));
            if (letters.isEmpty()) {
                return true;
            }
            ParkedLetter letter = letters.get(0);
            EnqueueDecision<EventMessage<?>> decision = task.apply(letter);
            if (decision.shouldEnqueue()) {
                requeue(letter, l -> decision.withDiagnostics(l).withCause(decision.enqueueCause().orElse(null)));
                return false;
            }
            evict(letter);
        }
    }

    private boolean claim(String sequenceId) {
        Date now = new Date();
        Document claimed = sequences.findOneAndUpdate(
                Filters.and(Filters.eq("_id", sequenceKey(sequenceId)),
                        Filters.or(Filters.exists("claimedUntil", false), Filters.eq("claimedUntil", null),
                                Filters.lt("claimedUntil", now))),
                Updates.set("claimedUntil", new Date(now.getTime() + CLAIM.toMillis())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return claimed != null;
    }

    private void release(String sequenceId) {
        sequences.updateOne(Filters.eq("_id", sequenceKey(sequenceId)), Updates.set("claimedUntil", null));
    }

    @Override
    public void clear() {
        for (Document sequence : sequenceDocuments()) {
            for (long position : positions(sequence)) {
                events.deleteOne(Filters.eq("_id", eventKey(position)));
            }
            sequences.deleteOne(Filters.eq("_id", sequence.get("_id")));
        }
        groups.deleteOne(Filters.eq("_id", group));
        messageCache.clear();
    }
}
