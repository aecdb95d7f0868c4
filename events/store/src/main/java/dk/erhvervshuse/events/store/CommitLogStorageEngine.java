package dk.erhvervshuse.events.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import dk.erhvervshuse.events.common.AppliedCommand;
import dk.erhvervshuse.events.common.AppliedCommands;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dk.erhvervshuse.events.store.CommitDocuments.AGGREGATE_KEY;
import static dk.erhvervshuse.events.store.CommitDocuments.COMMAND_ID;
import static dk.erhvervshuse.events.store.CommitDocuments.ID;

/**
 * The event log on MongoDB, built for replay.
 * <p>
 * <b>Positions.</b> Every event has one gap-free, commit-ordered position, its
 * {@link GlobalSequenceTrackingToken}. A commit (the events one unit of work appends for one
 * aggregate) is one document whose {@code _id} is its first event's position. A writer allocates a
 * commit by inserting it right after the last commit it knows; racing writers collide on {@code _id}
 * and the loser reads forward and retries. So there are no gaps, and a commit only ever lands after
 * every commit before it exists: a reader never sees position n+1 before n. The last position is
 * kept in memory and found at start-up by probing forward from a stored hint, never by a sort.
 * <p>
 * <b>Reading.</b> A tracking read fetches the next batch by enumerating the positions after the
 * token ({@code _id $in [n+1 … n+k]}), which the gap-free positions make exact: it costs O(batch)
 * whatever the log's length, on the embedded server (where only {@code _id} and single-field unique
 * indexes are used) as on a real MongoDB. An aggregate is loaded by walking its commits through the
 * single-field unique key {@code aggregateId:firstSequenceNumber}, which also gives optimistic
 * concurrency: two writers appending at the same sequence collide on it.
 * <p>
 * <b>Tamper evidence.</b> Each commit stores the SHA-256 {@link CommitHash} chained to its
 * predecessor's. No multi-document transaction is needed anywhere.
 * <p>
 * <b>Each command once.</b> The first commit a command's unit of work writes records the command's id under a
 * sparse single-field unique index (the embedded server enforces those too). A retried command (same id) that
 * reaches the log collides on it and is refused with {@link CommandAlreadyApplied}: the key lives in the same
 * document as the events, so "events written" and "command recorded" are one atomic insert, on a replica set
 * as on the embedded server, without a transaction. {@link #find} answers which commit holds a command.
 */
public class CommitLogStorageEngine extends BatchingEventStorageEngine implements AppliedCommands {

    private static final Logger log = LoggerFactory.getLogger(CommitLogStorageEngine.class);

    /** A commit larger than this is refused; it also bounds how far back a reader looks for a commit start. */
    public static final int MAX_EVENTS_PER_COMMIT = 1024;
    private static final int PROBE_WINDOW = 64;
    private static final int AGGREGATE_WINDOW = 8;
    private static final int HINT_EVERY_COMMITS = 64;
    private static final int MAX_ALLOCATION_ATTEMPTS = 10_000;
    private static final int KNOWN_ENDS_CAPACITY = 16_384;
    private static final String HEAD_HINT_ID = "head";
    /** The collection of commits, one document per commit with {@code _id} = its first position (after the prefix). */
    public static final String LOG_COLLECTION = "event_log";
    /** Where the head hint is kept: {@code {_id: "head", position}}, only ever moved forward (after the prefix). */
    public static final String HEAD_HINT_COLLECTION = "event_log_head";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> trackingReads;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> headHints;
    private final Clock clock;

    private final Object appendLock = new Object();
    private boolean headLoaded;
    private long lastPosition;
    private String lastHash = CommitHash.GENESIS;
    private int commitsSinceHint;

    /** Positions known to end a commit, so a reader at such a token need not look back for a commit start. */
    private final Set<Long> knownCommitEnds = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > KNOWN_ENDS_CAPACITY;
                }
            }));

    protected CommitLogStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        String prefix = builder.collectionPrefix;
        this.commits = database.getCollection(prefix + LOG_COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
        this.trackingReads = builder.majorityReads
                ? commits.withReadConcern(ReadConcern.MAJORITY)
                : commits;
        this.snapshots = database.getCollection(prefix + "snapshots").withWriteConcern(WriteConcern.MAJORITY);
        this.headHints = database.getCollection(prefix + HEAD_HINT_COLLECTION);
        this.clock = builder.clock;
        commits.createIndex(Indexes.ascending(AGGREGATE_KEY), new IndexOptions().unique(true).name("aggregateKey"));
        commits.createIndex(Indexes.ascending(COMMAND_ID),
                new IndexOptions().unique(true).sparse(true).name("commandId"));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<List<? extends EventMessage<?>>> perAggregate = splitPerAggregate(events);
        String commandId = commandBeingHandled();
        synchronized (appendLock) {
            ensureHeadLoaded();
            for (List<? extends EventMessage<?>> group : perAggregate) {
                appendCommit(group, serializer, commandId);
                // Only the first commit carries the key: a command that changes two streams is still one command.
                commandId = null;
            }
        }
    }

    /**
     * The id of the command whose unit of work is appending, if a command is being handled: the client's own id
     * for the command it sent. Events appended while an event is handled (a policy's follow-up commands are
     * committed with the event's unit of work) or outside any unit of work carry no command id.
     */
    private static String commandBeingHandled() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        return CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?> command
                ? command.getIdentifier() : null;
    }

    /** The commit that holds the command's events, found through the unique command key. */
    @Override
    public Optional<AppliedCommand> find(String commandId) {
        if (commandId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(commits.find(Filters.eq(COMMAND_ID, commandId)).first())
                .map(CommitLogStorageEngine::appliedCommand);
    }

    private static AppliedCommand appliedCommand(Document commit) {
        Date committedAt = commit.getDate(CommitDocuments.COMMITTED_AT);
        return new AppliedCommand(commit.getString(COMMAND_ID), commit.getString(CommitDocuments.AGGREGATE_ID),
                CommitDocuments.asLong(commit.get(ID)), (int) CommitDocuments.asLong(commit.get(CommitDocuments.COUNT)),
                committedAt == null ? null : committedAt.toInstant());
    }

    private static List<List<? extends EventMessage<?>>> splitPerAggregate(List<? extends EventMessage<?>> events) {
        List<List<? extends EventMessage<?>>> groups = new ArrayList<>();
        List<EventMessage<?>> current = new ArrayList<>();
        String currentAggregate = null;
        for (EventMessage<?> event : events) {
            String aggregate = event instanceof DomainEventMessage<?> d && d.getType() != null
                    ? d.getAggregateIdentifier() : null;
            boolean sameCommit = !current.isEmpty() && aggregate != null && aggregate.equals(currentAggregate);
            if (!sameCommit && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(event);
            currentAggregate = aggregate;
        }
        groups.add(current);
        return groups;
    }

    /** What a group of events will be stored as, before it has a position. */
    private record PendingCommit(String aggregateType, String aggregateId, long firstSequence,
                                 List<StoredEvent> events, EventMessage<?> first) {

        StoredCommit at(long position, String previousHash) {
            String hash = CommitHash.of(previousHash, position, aggregateType, aggregateId, firstSequence, events);
            return new StoredCommit(position, aggregateType, aggregateId, firstSequence, events, previousHash, hash);
        }
    }

    private static PendingCommit pending(List<? extends EventMessage<?>> group, Serializer serializer) {
        if (group.size() > MAX_EVENTS_PER_COMMIT) {
            throw new EventStoreException("A commit of " + group.size() + " events exceeds the limit of "
                    + MAX_EVENTS_PER_COMMIT + " events for one aggregate in one unit of work");
        }
        EventMessage<?> first = group.get(0);
        String aggregateType = null;
        String aggregateId = first.getIdentifier();
        long firstSequence = 0;
        if (first instanceof DomainEventMessage<?> domain && domain.getType() != null) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            firstSequence = domain.getSequenceNumber();
        }
        List<StoredEvent> stored = new ArrayList<>(group.size());
        for (EventMessage<?> event : group) {
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
            long sequence = event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
            stored.add(new StoredEvent(event.getIdentifier(), payload.getType().getName(),
                    payload.getType().getRevision(), sequence, event.getTimestamp().toString(),
                    payload.getData(), metadata.getData()));
        }
        return new PendingCommit(aggregateType, aggregateId, firstSequence, stored, first);
    }

    private void appendCommit(List<? extends EventMessage<?>> group, Serializer serializer, String commandId) {
        PendingCommit pending = pending(group, serializer);
        EventMessage<?> first = pending.first();
        List<StoredEvent> stored = pending.events();
        String aggregateType = pending.aggregateType();
        String aggregateId = pending.aggregateId();
        long firstSequence = pending.firstSequence();
        for (int attempt = 0; attempt < MAX_ALLOCATION_ATTEMPTS; attempt++) {
            StoredCommit commit = pending.at(lastPosition + 1, lastHash);
            try {
                commits.insertOne(CommitDocuments.toDocument(commit, Date.from(clock.instant()), commandId));
                advanceTo(commit);
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("Could not append " + describe(first), e);
                }
                Document existing = commits.find(Filters.eq(AGGREGATE_KEY, commit.aggregateKey())).first();
                if (existing != null && isOurs(existing, stored)) {
                    // An earlier attempt of this very commit landed although its acknowledgement was lost.
                    advanceHeadByProbing();
                    return;
                }
                // Checked before the aggregate's key: a duplicate racing its original collides on both.
                Optional<AppliedCommand> applied = find(commandId);
                if (applied.isPresent()) {
                    advanceHeadByProbing();
                    throw new CommandAlreadyApplied(applied.get(), e);
                }
                if (existing != null) {
                    throw conflict(first, aggregateType, aggregateId, firstSequence, e);
                }
                // Another writer took this position: read forward to the new head and try after it.
                advanceHeadByProbing();
            }
        }
        throw new EventStoreException("Could not find a free log position for " + describe(first) + " after "
                + MAX_ALLOCATION_ATTEMPTS + " attempts");
    }

    /**
     * Appends many commits with one {@code insertMany} per thousand, in the given order: for loading
     * generated history into a log that no other process writes at the same time (benchmarks, demo data).
     * Each inner list is one commit. Positions and the hash chain are exactly those that one-by-one
     * appends would give. If another writer does interfere, the commits up to the collision stay, the
     * head is re-read, and the rest is refused with an exception.
     */
    public void appendInBulk(List<? extends List<? extends EventMessage<?>>> commits) {
        Serializer serializer = getEventSerializer();
        synchronized (appendLock) {
            ensureHeadLoaded();
            List<Document> chunk = new ArrayList<>(1000);
            long position = lastPosition;
            String hash = lastHash;
            List<StoredCommit> chunkCommits = new ArrayList<>(1000);
            for (List<? extends EventMessage<?>> group : commits) {
                StoredCommit commit = pending(group, serializer).at(position + 1, hash);
                chunk.add(CommitDocuments.toDocument(commit, Date.from(clock.instant())));
                chunkCommits.add(commit);
                position = commit.lastPosition();
                hash = commit.hash();
                if (chunk.size() == 1000) {
                    insertChunk(chunk, chunkCommits);
                }
            }
            if (!chunk.isEmpty()) {
                insertChunk(chunk, chunkCommits);
            }
            writeHeadHint();
        }
    }

    private void insertChunk(List<Document> chunk, List<StoredCommit> chunkCommits) {
        try {
            commits.insertMany(chunk, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            advanceHeadByProbing();
            throw new EventStoreException("Bulk append collided with another writer at position "
                    + chunkCommits.get(0).position() + " or later; the log's head is now " + lastPosition, e);
        }
        StoredCommit last = chunkCommits.get(chunkCommits.size() - 1);
        lastPosition = last.lastPosition();
        lastHash = last.hash();
        knownCommitEnds.add(lastPosition);
        chunk.clear();
        chunkCommits.clear();
    }

    private static boolean isOurs(Document existing, List<StoredEvent> stored) {
        List<Document> events = existing.getList(CommitDocuments.EVENTS, Document.class);
        return !events.isEmpty() && stored.get(0).eventId().equals(events.get(0).getString("eventId"));
    }

    private RuntimeException conflict(EventMessage<?> first, String aggregateType, String aggregateId,
                                      long firstSequence, Exception cause) {
        if (aggregateType != null && firstSequence == 0) {
            return new AggregateStreamCreationException(
                    "Cannot create " + aggregateType + " " + aggregateId + ": it already exists", cause);
        }
        return new ConcurrencyException("Another change to " + aggregateId + " was written at sequence "
                + firstSequence + " at the same time; " + describe(first) + " was not appended", cause);
    }

    private static String describe(EventMessage<?> event) {
        return event.getPayloadType().getSimpleName() + " [" + event.getIdentifier() + "]";
    }

    private void advanceTo(StoredCommit commit) {
        lastPosition = commit.lastPosition();
        lastHash = commit.hash();
        knownCommitEnds.add(lastPosition);
        if (++commitsSinceHint >= HINT_EVERY_COMMITS) {
            writeHeadHint();
        }
    }

    /** Saves where the head is, so that a restart probes forward from near it. Never ahead of a stored commit. */
    private void writeHeadHint() {
        headHints.updateOne(Filters.eq(ID, HEAD_HINT_ID), Updates.max("position", lastPosition),
                new UpdateOptions().upsert(true));
        commitsSinceHint = 0;
    }

    private void ensureHeadLoaded() {
        if (headLoaded) {
            return;
        }
        Document hint = headHints.find(Filters.eq(ID, HEAD_HINT_ID)).first();
        long hinted = hint == null ? 0 : CommitDocuments.asLong(hint.get("position"));
        lastPosition = 0;
        lastHash = CommitHash.GENESIS;
        if (hinted > 0) {
            StoredCommit atHint = commitContaining(hinted, trackingReads);
            if (atHint != null) {
                lastPosition = atHint.lastPosition();
                lastHash = atHint.hash();
            }
        }
        advanceHeadByProbing();
        headLoaded = true;
        log.info("Event log head at position {} (hint was {})", lastPosition, hinted);
    }

    /** Walks forward from the known head through the commits that exist after it. */
    private void advanceHeadByProbing() {
        while (true) {
            long start = lastPosition + 1;
            Map<Long, Document> window = fetchWindow(commits, start, PROBE_WINDOW);
            if (!window.containsKey(start)) {
                return;
            }
            long expected = start;
            Document document;
            while ((document = window.get(expected)) != null) {
                long count = CommitDocuments.asLong(document.get(CommitDocuments.COUNT));
                lastPosition = expected + count - 1;
                lastHash = document.getString(CommitDocuments.HASH);
                knownCommitEnds.add(lastPosition);
                expected = lastPosition + 1;
            }
        }
    }

    // ---------------------------------------------------------------- tracking reads

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long after = positionOf(lastToken);
        long start = after + 1;
        Map<Long, Document> window = fetchWindow(trackingReads, start, Math.max(batchSize, 1));
        List<TrackedEventData<?>> batch = new ArrayList<>();
        long expected = start;
        if (!window.containsKey(start) && after > 0 && !knownCommitEnds.contains(after)) {
            // The token may sit inside a commit (a processor stopped mid-commit): resume within it.
            StoredCommit containing = commitContaining(start, trackingReads);
            if (containing == null) {
                return batch;
            }
            addEvents(batch, containing, start);
            expected = containing.lastPosition() + 1;
        }
        Document document;
        while ((document = window.get(expected)) != null) {
            StoredCommit commit = CommitDocuments.fromDocument(document);
            addEvents(batch, commit, expected);
            knownCommitEnds.add(commit.lastPosition());
            expected = commit.lastPosition() + 1;
        }
        return batch;
    }

    private static long positionOf(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        return token.position().orElseThrow(() -> new IllegalArgumentException(
                "Token " + token + " has no position in this log"));
    }

    private static void addEvents(List<TrackedEventData<?>> batch, StoredCommit commit, long fromPosition) {
        List<StoredEvent> events = commit.events();
        for (int i = 0; i < events.size(); i++) {
            long position = commit.position() + i;
            if (position >= fromPosition) {
                batch.add(tracked(commit, events.get(i), position));
            }
        }
    }

    private static TrackedEventData<?> tracked(StoredCommit commit, StoredEvent event, long position) {
        TrackingToken token = new GlobalSequenceTrackingToken(position);
        if (commit.isDomainCommit()) {
            return new TrackedDomainEventData<>(token, domainEntry(commit, event));
        }
        return new TrackedPlainEventData(token, event);
    }

    private static GenericDomainEventEntry<String> domainEntry(StoredCommit commit, StoredEvent event) {
        return new GenericDomainEventEntry<>(commit.aggregateType(), commit.aggregateId(), event.sequenceNumber(),
                event.eventId(), event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(),
                event.metadata());
    }

    /** The commits whose first position lies in {@code [start, start + size)}, by position. */
    private static Map<Long, Document> fetchWindow(MongoCollection<Document> collection, long start, int size) {
        List<Long> positions = new ArrayList<>(size);
        for (long p = start; p < start + size; p++) {
            positions.add(p);
        }
        Map<Long, Document> byPosition = new HashMap<>(size * 2);
        for (Document document : collection.find(Filters.in(ID, positions))) {
            byPosition.put(CommitDocuments.asLong(document.get(ID)), document);
        }
        return byPosition;
    }

    /** The commit holding {@code position}, found by looking back over the positions where it could start. */
    private static StoredCommit commitContaining(long position, MongoCollection<Document> collection) {
        long lowest = Math.max(1, position - MAX_EVENTS_PER_COMMIT + 1);
        for (long top = position; top >= lowest; top -= PROBE_WINDOW) {
            long bottom = Math.max(lowest, top - PROBE_WINDOW + 1);
            Map<Long, Document> window = fetchWindow(collection, bottom, (int) (top - bottom + 1));
            for (long p = top; p >= bottom; p--) {
                Document document = window.get(p);
                if (document != null) {
                    StoredCommit commit = CommitDocuments.fromDocument(document);
                    return commit.lastPosition() >= position ? commit : null;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<DomainEventData<?>> events = new ArrayList<>();
        long expected = firstSequenceNumber;
        Map<Long, Document> window = aggregateWindow(aggregateIdentifier, expected);
        if (!window.containsKey(expected) && firstSequenceNumber > 0) {
            StoredCommit containing = aggregateCommitContaining(aggregateIdentifier, firstSequenceNumber);
            if (containing == null) {
                return events;
            }
            addDomainEvents(events, containing, firstSequenceNumber);
            expected = containing.firstSequenceNumber() + containing.events().size();
            window = aggregateWindow(aggregateIdentifier, expected);
        }
        while (events.size() < batchSize) {
            Document document = window.get(expected);
            if (document == null) {
                window = aggregateWindow(aggregateIdentifier, expected);
                document = window.get(expected);
                if (document == null) {
                    break;
                }
            }
            StoredCommit commit = CommitDocuments.fromDocument(document);
            addDomainEvents(events, commit, firstSequenceNumber);
            expected = commit.firstSequenceNumber() + commit.events().size();
        }
        return events;
    }

    private static void addDomainEvents(List<DomainEventData<?>> events, StoredCommit commit, long fromSequence) {
        for (StoredEvent event : commit.events()) {
            if (event.sequenceNumber() >= fromSequence) {
                events.add(domainEntry(commit, event));
            }
        }
    }

    /** Commits of the aggregate starting at sequence numbers {@code from … from + 7}: one unique-index look-up. */
    private Map<Long, Document> aggregateWindow(String aggregateId, long from) {
        List<String> keys = new ArrayList<>(AGGREGATE_WINDOW);
        for (long s = from; s < from + AGGREGATE_WINDOW; s++) {
            keys.add(StoredCommit.aggregateKeyOf(aggregateId, s));
        }
        Map<Long, Document> bySequence = new HashMap<>();
        for (Document document : commits.find(Filters.in(AGGREGATE_KEY, keys))) {
            bySequence.put(CommitDocuments.asLong(document.get(CommitDocuments.FIRST_SEQUENCE)), document);
        }
        return bySequence;
    }

    private StoredCommit aggregateCommitContaining(String aggregateId, long sequence) {
        long lowest = Math.max(0, sequence - MAX_EVENTS_PER_COMMIT + 1);
        for (long top = sequence; top >= lowest; top -= AGGREGATE_WINDOW) {
            long bottom = Math.max(lowest, top - AGGREGATE_WINDOW + 1);
            Map<Long, Document> window = aggregateWindow(aggregateId, bottom);
            for (long s = top; s >= bottom; s--) {
                Document document = window.get(s);
                if (document != null) {
                    StoredCommit commit = CommitDocuments.fromDocument(document);
                    return commit.firstSequenceNumber() + commit.events().size() > sequence ? commit : null;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document(ID, snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("sequenceNumber", snapshot.getSequenceNumber())
                .append("eventId", snapshot.getIdentifier())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metadata", metadata.getData());
        try {
            // Only ever move a snapshot forward; an older one arriving late is dropped.
            snapshots.replaceOne(Filters.and(Filters.eq(ID, snapshot.getAggregateIdentifier()),
                            Filters.lt("sequenceNumber", snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw new EventStoreException("Could not store snapshot of " + snapshot.getAggregateIdentifier(), e);
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document document = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
        if (document == null) {
            return Stream.empty();
        }
        return Stream.of(new GenericDomainEventEntry<>(document.getString("aggregateType"), aggregateIdentifier,
                CommitDocuments.asLong(document.get("sequenceNumber")), document.getString("eventId"),
                document.getString("timestamp"), document.getString("payloadType"),
                document.getString("payloadRevision"), document.getString("payload"),
                document.getString("metadata")));
    }

    // ---------------------------------------------------------------- tokens and the head

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = headPosition();
        return head == 0 ? null : new GlobalSequenceTrackingToken(head);
    }

    /**
     * The token just before the first event recorded at or after {@code dateTime}, found by binary search
     * over positions (recording times follow commit order, up to clock skew between writers).
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 1;
        long high = headPosition();
        long firstAtOrAfter = high + 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            StoredCommit commit = commitContaining(middle, trackingReads);
            Instant recorded = Instant.parse(commit.events().get((int) (middle - commit.position())).timestamp());
            if (recorded.isBefore(dateTime)) {
                low = middle + 1;
            } else {
                firstAtOrAfter = middle;
                high = middle - 1;
            }
        }
        return firstAtOrAfter <= 1 ? null : new GlobalSequenceTrackingToken(firstAtOrAfter - 1);
    }

    /** The position of the last event in the log, including those other writers appended. */
    public long headPosition() {
        synchronized (appendLock) {
            ensureHeadLoaded();
            advanceHeadByProbing();
            return lastPosition;
        }
    }

    /** The hash of the last commit: with {@link #headPosition()}, what an auditor keeps as a checkpoint. */
    public String headHash() {
        synchronized (appendLock) {
            ensureHeadLoaded();
            advanceHeadByProbing();
            return lastHash;
        }
    }

    /** Saves the head hint now (on shutdown), so that the next start probes no further than needed. */
    public void flushHeadHint() {
        synchronized (appendLock) {
            if (headLoaded) {
                writeHeadHint();
            }
        }
    }

    /**
     * Reads the commits in {@code [fromPosition, toPosition]} in log order, as stored, for export and
     * verification; one window of positions at a time.
     */
    public void forEachCommit(long fromPosition, long toPosition, java.util.function.Consumer<StoredCommit> consumer) {
        long expected = Math.max(1, fromPosition);
        if (expected > 1) {
            StoredCommit containing = commitContaining(expected, trackingReads);
            if (containing != null && containing.position() < expected) {
                consumer.accept(containing);
                expected = containing.lastPosition() + 1;
            }
        }
        while (expected <= toPosition) {
            Map<Long, Document> window = fetchWindow(trackingReads, expected, 1000);
            if (!window.containsKey(expected)) {
                return;
            }
            Document document;
            while (expected <= toPosition && (document = window.get(expected)) != null) {
                StoredCommit commit = CommitDocuments.fromDocument(document);
                consumer.accept(commit);
                expected = commit.lastPosition() + 1;
            }
        }
    }

    // ---------------------------------------------------------------- builder

    /** Builds the engine; a database and both serializers are required. */
    public static class Builder extends BatchingEventStorageEngine.Builder {
        private MongoDatabase database;
        private String collectionPrefix = "";
        private boolean majorityReads;
        private Clock clock = Clock.systemUTC();

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Prefix for the collection names, so that several logs can share a database (benchmarks, tests). */
        public Builder collectionPrefix(String collectionPrefix) {
            this.collectionPrefix = Objects.requireNonNull(collectionPrefix);
            return this;
        }

        /**
         * Tracking reads with read concern majority, so that on a replica set no processor handles an event that a
         * fail-over could roll back. Leave off for the embedded server.
         */
        public Builder majorityReads(boolean majorityReads) {
            this.majorityReads = majorityReads;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("A MongoDatabase is required for the event log");
            }
        }

        public CommitLogStorageEngine build() {
            validate();
            return new CommitLogStorageEngine(this);
        }
    }

    /** The stored form of an event that belongs to no aggregate. */
    private record TrackedPlainEventData(TrackingToken trackingToken, StoredEvent event)
            implements TrackedEventData<String> {
        @Override
        public String getEventIdentifier() {
            return event.eventId();
        }

        @Override
        public Instant getTimestamp() {
            return Instant.parse(event.timestamp());
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return new org.axonframework.serialization.SimpleSerializedObject<>(event.metadata(), String.class,
                    org.axonframework.messaging.MetaData.class.getName(), null);
        }

        @Override
        public SerializedObject<String> getPayload() {
            return new org.axonframework.serialization.SimpleSerializedObject<>(event.payload(), String.class,
                    event.payloadType(), event.payloadRevision());
        }
    }
}
