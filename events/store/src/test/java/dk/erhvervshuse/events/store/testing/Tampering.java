package dk.erhvervshuse.events.store.testing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.events.store.CommitDocuments;
import dk.erhvervshuse.events.store.CommitHash;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;
import dk.erhvervshuse.events.store.verify.MongoDailyCheckpoints;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * What someone with write access to the database could do to the stored log, done directly through the
 * MongoDB driver, past the registry: each the way a person covering their tracks would do it.
 */
public final class Tampering {

    private final MongoCollection<Document> log;
    private final MongoCollection<Document> checkpoints;

    public Tampering(MongoDatabase database) {
        this.log = database.getCollection(CommitLogStorageEngine.LOG_COLLECTION);
        this.checkpoints = database.getCollection(MongoDailyCheckpoints.COLLECTION);
    }

    /** Changes what the first event of the commit says (the house), leaving its stored hash as it was. */
    public void changePayload(long position) {
        Document stored = document(position);
        String payload = stored.getList("events", Document.class).get(0).getString("payload");
        String changed = payload.replace("\"FYN\"", "\"SJAELLAND\"");
        if (changed.equals(payload)) {
            throw new IllegalStateException("the payload at " + position + " names no house to change: " + payload);
        }
        log.updateOne(Filters.eq("_id", position), Updates.set("events.0.payload", changed));
    }

    /** Gives the commit the hash its content now has, chained to the hash before it as stored. */
    public void rehash(long position) {
        StoredCommit commit = CommitDocuments.fromDocument(document(position));
        String hash = CommitHash.recompute(commit, commit.previousHash());
        log.updateOne(Filters.eq("_id", position), Updates.set("hash", hash));
    }

    /** Recomputes every hash from {@code position} on, so that the chain is whole again after a change. */
    public void rewriteChainFrom(long position, List<Long> positionsInOrder) {
        String previous = CommitDocuments.fromDocument(document(position)).previousHash();
        for (long p : positionsInOrder) {
            if (p < position) {
                continue;
            }
            StoredCommit commit = CommitDocuments.fromDocument(document(p));
            String hash = CommitHash.recompute(commit, previous);
            log.updateOne(Filters.eq("_id", p), Updates.combine(Updates.set("previousHash", previous), Updates.set("hash", hash)));
            previous = hash;
        }
    }

    public void remove(long position) {
        log.deleteOne(Filters.eq("_id", position));
    }

    /** Swaps what two documents hold, each keeping its {@code _id}, as two updates would. */
    public void swapContents(long a, long b) {
        Document first = document(a);
        Document second = document(b);
        // The unique aggregate key would refuse the second update while both held the same key.
        log.updateOne(Filters.eq("_id", a), Updates.unset("aggregateKey"));
        log.replaceOne(Filters.eq("_id", b), withId(first, b));
        log.replaceOne(Filters.eq("_id", a), withId(second, a));
    }

    /** Swaps the positions ({@code _id}s) of two commits: both removed and written again under each other's. */
    public void swapIds(long a, long b) {
        Document first = document(a);
        Document second = document(b);
        log.deleteOne(Filters.eq("_id", a));
        log.deleteOne(Filters.eq("_id", b));
        log.insertOne(withId(second, a));
        log.insertOne(withId(first, b));
    }

    /** Moves every commit at {@code from} or later by {@code by} positions (renumbering), keeping their content. */
    public void renumberFrom(long from, long by, List<Long> positionsInOrder) {
        List<Long> moving = new ArrayList<>(positionsInOrder.stream().filter(p -> p >= from).toList());
        moving.sort(by > 0 ? Comparator.reverseOrder() : Comparator.naturalOrder());
        for (long p : moving) {
            Document stored = document(p);
            log.deleteOne(Filters.eq("_id", p));
            log.insertOne(withId(stored, p + by));
        }
    }

    /**
     * Writes a one-event commit of a case that never existed at {@code position}, copying the look of the event
     * there. With {@code chained}, its hash is computed as the registry would, after {@code previousHash}; without,
     * it carries a made-up hash.
     */
    public StoredCommit insertForged(long position, StoredEvent lookAlike, String previousHash, boolean chained) {
        StoredEvent forged = new StoredEvent(UUID.randomUUID().toString(), lookAlike.payloadType(),
                lookAlike.payloadRevision(), 0, lookAlike.timestamp(), lookAlike.payload(), lookAlike.metadata());
        String aggregateId = "forged-" + position;
        String hash = chained
                ? CommitHash.of(previousHash, position, "GuidanceCase", aggregateId, 0, List.of(forged))
                : "ab".repeat(32);
        StoredCommit commit = new StoredCommit(position, "GuidanceCase", aggregateId, 0, List.of(forged), previousHash, hash);
        log.insertOne(CommitDocuments.toDocument(commit, new Date()));
        return commit;
    }

    /** Sets the stored checkpoint of a day to another hash. */
    public void changeCheckpoint(String date, String hash) {
        checkpoints.updateOne(Filters.eq("_id", date), Updates.set("hash", hash));
    }

    private Document document(long position) {
        Document stored = log.find(Filters.eq("_id", position)).first();
        if (stored == null) {
            throw new IllegalStateException("no commit at " + position);
        }
        return stored;
    }

    private static Document withId(Document source, long id) {
        Document copy = new Document("_id", id);
        source.forEach((key, value) -> {
            if (!key.equals("_id")) {
                copy.append(key, value);
            }
        });
        return copy;
    }
}
