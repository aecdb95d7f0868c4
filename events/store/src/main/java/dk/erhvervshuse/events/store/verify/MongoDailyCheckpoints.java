package dk.erhvervshuse.events.store.verify;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.bulk.BulkWriteError;
import dk.erhvervshuse.events.store.CommitHash;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily checkpoints (§10.2) as a read model of their own: collection {@code event_log_checkpoints}, one
 * document per day with {@code _id} = the date ({@code 2026-03-04}), read only by key or by an enumerated
 * {@code _id $in} of dates. Beside it, in {@code event_log_checkpoints_progress}, how far the checkpoints
 * follow the log (the last position and hash found intact).
 * <p>
 * A checkpoint only ever moves forward: a write carrying a lower position than the stored one is dropped, so
 * a second registry process, or a batch written again after a crash, cannot set a day back.
 */
public final class MongoDailyCheckpoints {

    public static final String COLLECTION = "event_log_checkpoints";
    public static final String PROGRESS_COLLECTION = "event_log_checkpoints_progress";
    /** Dates fetched at once when a verification asks for one: the days that usually follow it. */
    private static final int PREFETCH_DAYS = 32;
    private static final String PROGRESS_ID = "progress";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> checkpoints;
    private final MongoCollection<Document> progress;

    public MongoDailyCheckpoints(MongoDatabase database, String collectionPrefix) {
        this.checkpoints = database.getCollection(collectionPrefix + COLLECTION);
        this.progress = database.getCollection(collectionPrefix + PROGRESS_COLLECTION);
    }

    /** The checkpoints of the days {@code from … to} that have one, oldest first. */
    public List<DailyCheckpoint> between(LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            ids.add(date.toString());
        }
        List<DailyCheckpoint> found = new ArrayList<>();
        for (Document document : checkpoints.find(Filters.in("_id", ids))) {
            found.add(fromDocument(document));
        }
        found.sort(Comparator.comparing(DailyCheckpoint::date));
        return found;
    }

    /**
     * A lookup for one verification: it fetches the asked day and the {@value #PREFETCH_DAYS} after it in one
     * read and remembers what it read, so a walk over many days costs a read per month of them.
     */
    public CheckpointLookup lookup() {
        Map<LocalDate, Optional<DailyCheckpoint>> known = new HashMap<>();
        return date -> {
            Optional<DailyCheckpoint> remembered = known.get(date);
            if (remembered != null) {
                return remembered;
            }
            LocalDate last = date.plusDays(PREFETCH_DAYS - 1);
            for (LocalDate day = date; !day.isAfter(last); day = day.plusDays(1)) {
                known.putIfAbsent(day, Optional.empty());
            }
            for (DailyCheckpoint checkpoint : between(date, last)) {
                known.put(checkpoint.date(), Optional.of(checkpoint));
            }
            return known.get(date);
        };
    }

    /** Sets each day's checkpoint, unless the stored one is already at or past its position. */
    public void record(Collection<DailyCheckpoint> days) {
        if (days.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(days.size());
        for (DailyCheckpoint checkpoint : days) {
            String id = checkpoint.date().toString();
            writes.add(new ReplaceOneModel<>(
                    Filters.and(Filters.eq("_id", id), Filters.lt("position", checkpoint.position())),
                    new Document("_id", id).append("position", checkpoint.position()).append("hash", checkpoint.hash()),
                    new ReplaceOptions().upsert(true)));
        }
        try {
            checkpoints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    /** How far the checkpoints follow the log: the last position found intact and its hash. */
    public Progress progress() {
        Document document = progress.find(Filters.eq("_id", PROGRESS_ID)).first();
        if (document == null) {
            return new Progress(0, CommitHash.GENESIS);
        }
        return new Progress(((Number) document.get("position")).longValue(), document.getString("hash"));
    }

    /** Moves the progress forward; a lower position than the stored one is dropped. */
    public void advance(Progress reached) {
        try {
            progress.replaceOne(Filters.and(Filters.eq("_id", PROGRESS_ID), Filters.lt("position", reached.position())),
                    new Document("_id", PROGRESS_ID).append("position", reached.position()).append("hash", reached.hash()),
                    new ReplaceOptions().upsert(true));
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCode() != DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** @param position the last position the checkpoints have followed the log to, intact; 0 at the start */
    public record Progress(long position, String hash) {
    }

    private static DailyCheckpoint fromDocument(Document document) {
        return new DailyCheckpoint(LocalDate.parse(document.getString("_id")),
                ((Number) document.get("position")).longValue(), document.getString("hash"));
    }
}
