package dk.erhvervshuse.events.store;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** How a {@link StoredCommit} is laid out as a MongoDB document, and back. */
public final class CommitDocuments {

    static final String ID = "_id";
    static final String AGGREGATE_KEY = "aggregateKey";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String COUNT = "count";
    static final String EVENTS = "events";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";
    static final String COMMITTED_AT = "committedAt";
    /**
     * The id of the command whose unit of work wrote the commit, under a sparse unique index: a command is
     * in the log once at most. Absent where no command was being handled (bulk loads, events of no command).
     * Not part of the hash chain: it is a key for retries, not a fact of the record.
     */
    static final String COMMAND_ID = "commandId";

    private CommitDocuments() {
    }

    public static Document toDocument(StoredCommit commit, Date committedAt) {
        return toDocument(commit, committedAt, null);
    }

    /** @param commandId the command the commit answers; null for none */
    public static Document toDocument(StoredCommit commit, Date committedAt, String commandId) {
        List<Document> events = new ArrayList<>(commit.events().size());
        for (StoredEvent e : commit.events()) {
            events.add(new Document("eventId", e.eventId())
                    .append("payloadType", e.payloadType())
                    .append("payloadRevision", e.payloadRevision())
                    .append("sequenceNumber", e.sequenceNumber())
                    .append("timestamp", e.timestamp())
                    .append("payload", e.payload())
                    .append("metadata", e.metadata()));
        }
        Document document = new Document(ID, commit.position())
                .append(AGGREGATE_KEY, commit.aggregateKey())
                .append(AGGREGATE_TYPE, commit.aggregateType())
                .append(AGGREGATE_ID, commit.aggregateId())
                .append(FIRST_SEQUENCE, commit.firstSequenceNumber())
                .append(COUNT, commit.events().size())
                .append(EVENTS, events)
                .append(PREVIOUS_HASH, commit.previousHash())
                .append(HASH, commit.hash())
                .append(COMMITTED_AT, committedAt);
        if (commandId != null) {
            document.append(COMMAND_ID, commandId);
        }
        return document;
    }

    public static StoredCommit fromDocument(Document document) {
        List<Document> eventDocuments = document.getList(EVENTS, Document.class);
        List<StoredEvent> events = new ArrayList<>(eventDocuments.size());
        for (Document e : eventDocuments) {
            events.add(new StoredEvent(e.getString("eventId"), e.getString("payloadType"),
                    e.getString("payloadRevision"), asLong(e.get("sequenceNumber")), e.getString("timestamp"),
                    e.getString("payload"), e.getString("metadata")));
        }
        return new StoredCommit(asLong(document.get(ID)), document.getString(AGGREGATE_TYPE),
                document.getString(AGGREGATE_ID), asLong(document.get(FIRST_SEQUENCE)), events,
                document.getString(PREVIOUS_HASH), document.getString(HASH));
    }

    static long asLong(Object number) {
        return ((Number) number).longValue();
    }
}
