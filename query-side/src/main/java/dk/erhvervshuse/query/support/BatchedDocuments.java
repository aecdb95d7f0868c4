package dk.erhvervshuse.query.support;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The documents one batch of events needs, read with one {@code _id $in} query per collection and
 * written with one {@code bulkWrite} per collection, so a batch costs a constant number of round trips
 * however many events it holds.
 * <p>
 * A pooled processor hands a batch to its handlers inside one {@link BatchingUnitOfWork}. On the first
 * event of the batch this loads every document any event of the batch names (see {@link Keys}); handlers
 * then change documents in memory; the changed ones are written when the last event of the batch has
 * been handled, and at the latest on prepare-commit. Writing on the last event rather than only on
 * prepare-commit matters: the processor stores its token in a prepare-commit handler registered before
 * any event was handled, so without a transaction a failed write would otherwise leave the token past
 * events whose changes were lost. Written first, a failure rolls the batch back and it is delivered again.
 * <p>
 * Each document keeps the position of the last event applied to it ({@value #LAST_POSITION}); an event
 * at or below it is skipped, so a redelivered event or batch changes nothing. A change that throws is undone
 * in memory, so an event that fails (and is parked as a dead letter) leaves its documents as they were.
 * Where the processor's batch boundary is installed ({@link BatchEnd}), the writes happen there, after the
 * last event and outside its handling, rather than inside the last event's handler. Outside a unit of work
 * (a direct call) the event is a batch of one and is written at once.
 */
public final class BatchedDocuments {

    /** The field of every updated document holding the log position of the last event applied to it. */
    public static final String LAST_POSITION = "lastPosition";

    private static final Logger log = LoggerFactory.getLogger(BatchedDocuments.class);

    private final MongoDatabase database;
    private final String name;
    private final Keys keys;
    private final BatchWork<Batch> batches;

    /**
     * @param name names the projection (its processing group), to keep its batch apart from other projections' in a
     *             shared unit of work and to count the events it applied ({@link AppliedEvents})
     * @param keys the documents each event needs
     */
    public BatchedDocuments(MongoDatabase database, String name, Keys keys) {
        this.database = Objects.requireNonNull(database, "database");
        this.name = Objects.requireNonNull(name, "name");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.batches = new BatchWork<>(BatchedDocuments.class.getName() + "[" + name + "]@" + System.identityHashCode(this),
                Batch::flush);
    }

    /** Names the documents an event will read or update, so the batch can load them all at once. */
    @FunctionalInterface
    public interface Keys {
        void of(EventMessage<?> event, KeySink needs);
    }

    @FunctionalInterface
    public interface KeySink {
        void document(String collection, Object id);
    }

    /** What a handler may do to the documents of its batch, for the event at hand. */
    public interface Changes {

        /**
         * Applies {@code change} to the document with this id, created empty (holding only its {@code _id})
         * if it does not exist, unless the event was already applied to it. Marks it for writing.
         */
        void update(String collection, Object id, Consumer<Document> change);

        /** The document as it stands in this batch, for reading only; an empty one if it does not exist. */
        Document read(String collection, Object id);

        /** Writes this document as it is, replacing whatever has its id: for documents one event owns alone. */
        void replace(String collection, Document document);
    }

    /**
     * Applies one event at {@code position} through {@code changes}. Within a unit of work the documents
     * are those of its batch and are written when the batch has been handled; outside one they are
     * loaded and written at once.
     */
    public void apply(EventMessage<?> event, long position, Consumer<Changes> changes) {
        Batch batch = batches.current(() -> loadedFor(event));
        changes.accept(batch.at(position));
        batches.handled(batch);
    }

    /** A batch holding every document the events of the current batch (or this event alone) need. */
    private Batch loadedFor(EventMessage<?> event) {
        Batch batch = new Batch();
        batch.load(CurrentUnitOfWork.isStarted() ? messagesOf(CurrentUnitOfWork.get().root(), event) : List.of(event));
        return batch;
    }

    private static List<EventMessage<?>> messagesOf(UnitOfWork<?> unitOfWork, EventMessage<?> event) {
        List<EventMessage<?>> messages = new ArrayList<>();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            for (Message<?> message : batching.getMessages()) {
                if (message instanceof EventMessage<?> eventMessage) {
                    messages.add(eventMessage);
                }
            }
        }
        if (messages.isEmpty()) {
            messages.add(event);
        }
        return messages;
    }

    /** A document that was not in the database when the batch read it. */
    private static final Object ABSENT = new Object();
    /** A document without a position: written whole by the event it belongs to, never conditionally. */
    private static final Object UNGUARDED = new Object();
    private static final int DUPLICATE_KEY = 11000;

    private static long lastPositionOf(Document document) {
        Object value = document.get(LAST_POSITION);
        return value instanceof Number number ? number.longValue() : Long.MIN_VALUE;
    }

    /** The documents of one batch, by collection and id, with which of them changed. */
    private final class Batch {

        private final Map<String, Map<Object, Document>> documents = new LinkedHashMap<>();
        /** How each document stood in the database when read: its last position, or that it was not there. */
        private final Map<String, Map<Object, Object>> stored = new LinkedHashMap<>();
        private final Map<String, Set<Object>> changed = new LinkedHashMap<>();
        /** The positions of the events that changed a document past its guard, counted once written. */
        private final Set<Long> applied = new LinkedHashSet<>();

        void load(List<EventMessage<?>> messages) {
            Map<String, Set<Object>> needed = new LinkedHashMap<>();
            for (EventMessage<?> message : messages) {
                keys.of(message, (collection, id) -> {
                    if (id != null) {
                        needed.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                    }
                });
            }
            needed.forEach((collection, ids) -> {
                Map<Object, Document> loaded = documents.computeIfAbsent(collection, c -> new LinkedHashMap<>());
                for (Document document : collection(collection).find(Filters.in("_id", ids)).batchSize(ids.size())) {
                    loaded.put(document.get("_id"), document);
                    remember(collection, document.get("_id"), document);
                }
                for (Object id : ids) {
                    loaded.computeIfAbsent(id, missing -> {
                        remember(collection, missing, null);
                        return new Document("_id", missing);
                    });
                }
            });
        }

        Document document(String collection, Object id) {
            Map<Object, Document> loaded = documents.computeIfAbsent(collection, c -> new LinkedHashMap<>());
            return loaded.computeIfAbsent(id, unplanned -> {
                log.warn("{} {} was not named by the keys of its batch; loading it alone", collection, unplanned);
                Document found = collection(collection).find(Filters.eq("_id", unplanned)).first();
                remember(collection, unplanned, found);
                return found != null ? found : new Document("_id", unplanned);
            });
        }

        private void remember(String collection, Object id, Document found) {
            Object state = found == null ? ABSENT : found.get(LAST_POSITION) instanceof Number number
                    ? (Object) number.longValue() : UNGUARDED;
            stored.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, state);
        }

        Changes at(long position) {
            return new Changes() {
                @Override
                public void update(String collection, Object id, Consumer<Document> change) {
                    Document document = document(collection, id);
                    if (position <= lastPositionOf(document)) {
                        return;
                    }
                    Document before = Documents.deepCopy(document);
                    try {
                        change.accept(document);
                    } catch (RuntimeException | Error failed) {
                        // A change that failed halfway must leave nothing behind: the event may be parked and
                        // retried later, and the batch's other events still write this document.
                        documents.get(collection).put(id, before);
                        throw failed;
                    }
                    document.put(LAST_POSITION, position);
                    changed.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                    applied.add(position);
                }

                @Override
                public Document read(String collection, Object id) {
                    return document(collection, id);
                }

                @Override
                public void replace(String collection, Document document) {
                    Object id = Objects.requireNonNull(document.get("_id"), "a replaced document needs an _id");
                    documents.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, document);
                    stored.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(id, UNGUARDED);
                    changed.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                }
            };
        }

        void flush() {
            changed.forEach((collection, ids) -> {
                if (ids.isEmpty()) {
                    return;
                }
                Map<Object, Document> loaded = documents.get(collection);
                Map<Object, Object> states = stored.computeIfAbsent(collection, c -> new LinkedHashMap<>());
                List<WriteModel<Document>> writes = new ArrayList<>(ids.size());
                for (Object id : ids) {
                    writes.add(writeOf(id, loaded.get(id), states.getOrDefault(id, UNGUARDED)));
                }
                BulkWriteResult result;
                try {
                    result = collection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
                } catch (MongoBulkWriteException failed) {
                    if (failed.getWriteErrors().stream().anyMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                        throw new ConcurrentWrite(collection, failed);
                    }
                    throw failed;
                }
                if (result.getMatchedCount() + result.getUpserts().size() < writes.size()) {
                    throw new ConcurrentWrite(collection, null);
                }
                for (Object id : ids) {
                    remember(collection, id, loaded.get(id));
                }
            });
            changed.clear();
            AppliedEvents.add(name, applied.size());
            applied.clear();
        }

        private MongoCollection<Document> collection(String name) {
            return database.getCollection(name);
        }
    }

    /**
     * Replaces a document only as this batch read it: at the position it had, or still absent. Another writer may
     * have changed it since: an instance that took the segment over when this one's claim lapsed, while this one was
     * still at work (a long pause). Writing over that would set the document back; this way the write misses, the
     * batch fails, and it is delivered again to whoever holds the segment then, reading the document afresh. A
     * document without a position (written whole by the one event it belongs to) is replaced as it is.
     */
    private static WriteModel<Document> writeOf(Object id, Document document, Object stored) {
        // One document naming _id and the guard, so that any server finds it by _id before checking the guard.
        if (stored instanceof Long position) {
            return new ReplaceOneModel<>(new Document("_id", id).append(LAST_POSITION, position), document);
        }
        if (stored == ABSENT) {
            // Where someone else created it meanwhile, the insert collides on _id.
            return new ReplaceOneModel<>(new Document("_id", id).append(LAST_POSITION, new Document("$exists", false)),
                    document, new ReplaceOptions().upsert(true));
        }
        return new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** A document of the batch was changed by another writer after the batch read it; the batch is to be retried. */
    public static final class ConcurrentWrite extends IllegalStateException {
        ConcurrentWrite(String collection, Throwable cause) {
            super("a document of " + collection + " was written by another writer after this batch read it; "
                    + "the batch is rolled back and delivered again", cause);
        }
    }
}
