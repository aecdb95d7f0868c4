package dk.erhvervshuse.query.audit;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.list;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * The secondary access paths of the audit trail: for each value of a {@link Dimension} (a house, a user, an
 * event type), the log positions of its events, so that a filtered page is read by key look-ups only.
 * <p>
 * Positions are chunked by where they fall in the log: chunk {@code k} of a value holds its positions from
 * {@code k × }{@value #CHUNK_SPAN} to {@code (k+1) × }{@value #CHUNK_SPAN}{@code  − 1}, in the collection
 * {@value #CHUNKS} under {@code _id} {@code <dimension>:<value>:<k as six digits>}, e.g.
 * {@code user:adviser.fyn:000012}. So the chunk an event belongs in is known from its position alone (the
 * projection names it before its batch is read), and whether position {@code p} has a value is one look-up,
 * {@code <dimension>:<value>:<p / span>}. A directory per value in {@value #DIRECTORIES}, {@code _id}
 * {@code <dimension>:<value>}, lists the chunks that exist and their sizes, so a reader enumerates only
 * those and starts with the smallest dimension.
 * <p>
 * Both are kept by {@link AuditTrailProjection} in the batch writes of the trail itself; each holds sets (a
 * position added twice is there once, a chunk's size is set from the chunk), so redelivery changes nothing.
 * After each batch the projection raises the mark in {@value #PROGRESS} to the batch's last position; a reader
 * never goes past it, so it never sees one chunk of a batch written and another not yet.
 */
final class AuditIndex {

    static final String DIRECTORIES = "audit_index";
    static final String CHUNKS = "audit_index_chunks";
    static final String PROGRESS = "audit_index_progress";
    /** The single document of {@value #PROGRESS}: the position up to which the index is complete. */
    static final String INDEXED = "indexed";
    static final String INDEXED_UP_TO = "position";
    static final long CHUNK_SPAN = 1000;

    static final String POSITIONS = "positions";
    static final String CHUNK_LIST = "chunks";
    static final String CHUNK = "chunk";
    static final String SIZE = "size";

    private AuditIndex() {
    }

    /** What the trail is indexed by, besides case and company (whose positions the guidance views list). */
    enum Dimension {
        HOUSE("house"),
        USER("user"),
        EVENT_TYPE("type");

        private final String key;

        Dimension(String key) {
            this.key = key;
        }
    }

    /** One value of one dimension that an event has. */
    record Key(Dimension dimension, String value) {

        String directoryId() {
            return dimension.key + ":" + value;
        }

        String chunkId(long chunk) {
            return directoryId() + ":" + String.format("%06d", chunk);
        }
    }

    static long chunkOf(long position) {
        return position / CHUNK_SPAN;
    }

    /** The index keys of an audit entry: its house, its user and its type, where it has them. */
    static List<Key> keysOf(Document entry) {
        List<Key> keys = new ArrayList<>(3);
        add(keys, Dimension.HOUSE, entry.getString(AuditTrailDocument.HOUSE));
        add(keys, Dimension.USER, entry.getString(AuditTrailDocument.USER_ID));
        add(keys, Dimension.EVENT_TYPE, entry.getString(AuditTrailDocument.EVENT_TYPE));
        return keys;
    }

    private static void add(List<Key> keys, Dimension dimension, String value) {
        if (value != null && !value.isEmpty()) {
            keys.add(new Key(dimension, value));
        }
    }

    /** Adds {@code position} to a chunk document, keeping its positions sorted and distinct. */
    static void addTo(Document chunk, long position) {
        List<Long> positions = list(chunk, POSITIONS, Long.class);
        int at = Collections.binarySearch(positions, position);
        if (at < 0) {
            positions.add(-at - 1, position);
        }
    }

    /** Sets the size of chunk {@code number} in a directory document, keeping the chunks in order. */
    static void setSize(Document directory, long number, int size) {
        List<Document> chunks = documents(directory, CHUNK_LIST);
        int at = 0;
        while (at < chunks.size() && chunks.get(at).getLong(CHUNK) < number) {
            at++;
        }
        if (at < chunks.size() && chunks.get(at).getLong(CHUNK) == number) {
            chunks.get(at).put(SIZE, size);
        } else {
            chunks.add(at, new Document(CHUNK, number).append(SIZE, size));
        }
    }

    /** The chunks a directory lists, in order, with their sizes. */
    static List<Document> chunksOf(Document directory) {
        return nested(directory, CHUNK_LIST);
    }
}
