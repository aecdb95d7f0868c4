package dk.erhvervshuse.events.store.verify;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.store.CommitDocuments;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import org.bson.Document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The stored commits as a verification reads them: every read is an {@code _id $in} of enumerated positions
 * (on the embedded server anything else scans the whole collection), one window at a time, so a range of any
 * length is read in O(range) whatever the log's length.
 * <p>
 * Unlike a tracking read it does not stop at a missing position: it reads on through gaps up to the highest
 * position the log is known to have reached, so a removed commit shows as a gap rather than as the end.
 */
public final class MongoCommitLog {

    static final int WINDOW = 1000;
    private static final int PROBE_WINDOW = 64;
    private static final String HEAD_HINT_ID = "head";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> headHints;

    public MongoCommitLog(MongoDatabase database, String collectionPrefix) {
        this.commits = database.getCollection(collectionPrefix + CommitLogStorageEngine.LOG_COLLECTION);
        this.headHints = database.getCollection(collectionPrefix + CommitLogStorageEngine.HEAD_HINT_COLLECTION);
    }

    /**
     * The documents stored at positions {@code from … to} in position order. Past {@code reach} it stops at the
     * first window of positions with no document, after looking one commit's length beyond it.
     */
    public Iterator<LogEntry> entries(long from, long to, long reach) {
        return new WindowedEntries(from, to, reach);
    }

    /** The entry holding {@code position}: the nearest document at or before it, if it reaches that far. */
    public LogEntry entryContaining(long position) {
        long lowest = Math.max(1, position - ChainVerifier.MAX_EVENTS_PER_COMMIT + 1);
        for (long top = position; top >= lowest; top -= PROBE_WINDOW) {
            long bottom = Math.max(lowest, top - PROBE_WINDOW + 1);
            TreeMap<Long, LogEntry> window = read(bottom, top);
            if (!window.isEmpty()) {
                LogEntry nearest = window.lastEntry().getValue();
                return lastPositionOf(nearest) >= position ? nearest : null;
            }
        }
        return null;
    }

    /**
     * The highest position the log is known to have reached: the storage engine's head hint, which it only ever
     * moves forward and never past a stored commit.
     */
    public long hintedReach() {
        Document hint = headHints.find(Filters.eq("_id", HEAD_HINT_ID)).first();
        return hint == null ? 0 : ((Number) hint.get("position")).longValue();
    }

    /** The position of the last event in the log: from the reach, forward through the commits after it. */
    public long headPosition(long knownReach) {
        long head = 0;
        long reach = Math.max(knownReach, hintedReach());
        if (reach > 0) {
            LogEntry atReach = entryContaining(reach);
            head = atReach == null ? 0 : lastPositionOf(atReach);
        }
        while (true) {
            TreeMap<Long, LogEntry> window = read(head + 1, head + PROBE_WINDOW);
            LogEntry next = window.get(head + 1);
            if (next == null) {
                return head;
            }
            long expected = head + 1;
            while (next != null) {
                head = lastPositionOf(next);
                expected = head + 1;
                next = window.get(expected);
            }
        }
    }

    static long lastPositionOf(LogEntry entry) {
        return entry instanceof LogEntry.Commit c ? c.commit().lastPosition() : entry.position();
    }

    /** The documents at positions {@code from … to}, by position. */
    private TreeMap<Long, LogEntry> read(long from, long to) {
        List<Long> positions = new ArrayList<>((int) (to - from + 1));
        for (long p = from; p <= to; p++) {
            positions.add(p);
        }
        TreeMap<Long, LogEntry> byPosition = new TreeMap<>();
        for (Document document : commits.find(Filters.in("_id", positions))) {
            LogEntry entry = toEntry(document);
            byPosition.put(entry.position(), entry);
        }
        return byPosition;
    }

    static LogEntry toEntry(Document document) {
        long position = ((Number) document.get("_id")).longValue();
        try {
            return new LogEntry.Commit(CommitDocuments.fromDocument(document));
        } catch (RuntimeException e) {
            return new LogEntry.Unreadable(position, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private final class WindowedEntries implements Iterator<LogEntry> {
        private final long to;
        private final long reach;
        private long nextWindow;
        private final Deque<LogEntry> ready = new ArrayDeque<>();
        private boolean done;

        WindowedEntries(long from, long to, long reach) {
            this.nextWindow = Math.max(1, from);
            this.to = to;
            this.reach = reach;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !done) {
                if (nextWindow > to) {
                    done = true;
                    break;
                }
                long end = Math.min(to, nextWindow + WINDOW - 1);
                TreeMap<Long, LogEntry> window = read(nextWindow, end);
                boolean beyondReach = nextWindow > reach + ChainVerifier.MAX_EVENTS_PER_COMMIT;
                nextWindow = end + 1;
                if (window.isEmpty() && beyondReach) {
                    done = true;
                }
                ready.addAll(window.values());
            }
            return !ready.isEmpty();
        }

        @Override
        public LogEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }
    }
}
