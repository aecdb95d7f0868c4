package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.CommitHash;
import dk.erhvervshuse.events.store.StoredCommit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Verifies the hash chain of the log over a range of positions: the rule that makes the registrations
 * reliable (§9) and lets supervision see that nothing was changed afterwards (§10.2). It is the one
 * implementation of that rule: the registry runs it on the stored commits, the offline verifier on an
 * export of them, so both give the same answer for the same commits.
 * <p>
 * It walks the commits in position order from the anchor, recomputes each commit's {@link CommitHash} from
 * its content and the hash before it, and checks that each commit starts where the one before it ended, and
 * that every daily checkpoint it passes names a commit end with that commit's hash. It stops at the first
 * break and names its position and kind:
 * <ul>
 *   <li>a position with no commit where the next one should start: {@link BreakKind#MISSING};</li>
 *   <li>a commit that starts inside the one before it: {@link BreakKind#INSERTED};</li>
 *   <li>a commit whose hash does not follow: the commits just ahead (up to {@value #LOOKAHEAD}, within the
 *       range) tell which. If the commit that belongs here (chained to the hash before, and hashed for this
 *       position) stands further on, this one is {@link BreakKind#OUT_OF_ORDER} when it is itself linked into
 *       the chain, else {@link BreakKind#INSERTED}. If it is chained to the hash before, its content was
 *       changed: {@link BreakKind#ALTERED}. If it was hashed right after an earlier commit, what stands
 *       between was {@link BreakKind#INSERTED}. If it is intact but chained to another predecessor, the
 *       commit before it was altered (and its hash recomputed). If it was hashed for a later position, the
 *       commits before it were removed and the log renumbered: {@link BreakKind#MISSING}.</li>
 * </ul>
 * A log cut short at its end leaves no trace in the chain; it shows as {@link BreakKind#MISSING} after the
 * last commit when the registry has recorded that the log reached further, and as a
 * {@link BreakKind#CHECKPOINT_MISMATCH} for a checkpoint beyond the end.
 */
public final class ChainVerifier {

    /** How many commits ahead a break is classified by. */
    static final int LOOKAHEAD = 1024;
    /** How many intact commits back a break is classified by. */
    static final int LOOKBEHIND = 1024;
    /** A commit holds at most this many events, so a renumbered commit moved at most this far. */
    static final int MAX_EVENTS_PER_COMMIT = 1024;

    private ChainVerifier() {
    }

    public static ChainVerification verify(VerificationRequest request, Iterator<LogEntry> entries,
                                           CheckpointLookup checkpoints) {
        return verify(request, entries, checkpoints, commit -> {
        });
    }

    /** As {@link #verify(VerificationRequest, Iterator, CheckpointLookup)}, telling {@code onIntact} each commit found intact. */
    public static ChainVerification verify(VerificationRequest request, Iterator<LogEntry> entries,
                                           CheckpointLookup checkpoints, Consumer<StoredCommit> onIntact) {
        return new Walk(request, entries, checkpoints, onIntact).run();
    }

    /** A commit found intact, remembered to classify a later break. */
    private record Intact(long position, long lastPosition, String hash, int events, boolean counted) {
    }

    private static final class Walk {
        private final VerificationRequest request;
        private final Anchor anchor;
        private final Entries entries;
        private final CheckpointLookup checkpoints;
        private final Consumer<StoredCommit> onIntact;

        private long expected;
        private String previousHash;
        private long commits;
        private long events;
        private final List<Long> checkpointsPassed = new ArrayList<>();
        private final Deque<Intact> recent = new ArrayDeque<>();
        private final Set<LocalDate> datesSeen = new HashSet<>();
        private final TreeMap<Long, DailyCheckpoint> pending = new TreeMap<>();

        Walk(VerificationRequest request, Iterator<LogEntry> entries, CheckpointLookup checkpoints,
             Consumer<StoredCommit> onIntact) {
            this.request = request;
            this.anchor = request.anchor();
            this.entries = new Entries(entries, request.requestedTo());
            this.checkpoints = checkpoints;
            this.onIntact = onIntact;
            this.expected = anchor.position() + 1;
            this.previousHash = anchor.hash();
        }

        ChainVerification run() {
            if (anchor.source() != Anchor.Source.GENESIS) {
                ChainBreak atAnchor = takeAnchoringCommit();
                if (atAnchor != null) {
                    return broken(atAnchor);
                }
            }
            LogEntry entry;
            while ((entry = entries.next()) != null) {
                long position = entry.position();
                if (position < expected) {
                    Intact before = recent.peekLast();
                    return broken(new ChainBreak(position, BreakKind.INSERTED, null, hashOf(entry),
                            "a document stands at position " + position + ", inside the commit at positions "
                                    + (before == null ? "?" : before.position() + "–" + before.lastPosition())));
                }
                if (position > expected) {
                    String link = entry instanceof LogEntry.Commit c ? c.commit().previousHash() : null;
                    return broken(new ChainBreak(expected, BreakKind.MISSING, link, null,
                            "no commit at positions " + expected + "–" + (position - 1)
                                    + "; the next commit starts at " + position));
                }
                if (entry instanceof LogEntry.Unreadable unreadable) {
                    return broken(new ChainBreak(position, BreakKind.UNREADABLE, null, null,
                            "the document at position " + position + " is not a commit: " + unreadable.reason()));
                }
                StoredCommit commit = ((LogEntry.Commit) entry).commit();
                String recomputed = CommitHash.recompute(commit, previousHash);
                if (!recomputed.equals(commit.hash()) || !previousHash.equals(commit.previousHash())) {
                    return broken(classify(commit, recomputed));
                }
                accept(commit);
                ChainBreak atCheckpoint = checkCheckpoints(commit);
                if (atCheckpoint != null) {
                    return broken(atCheckpoint);
                }
            }
            return atEnd();
        }

        /** The commit ending at the anchor's position: it must be there with the anchor's hash. */
        private ChainBreak takeAnchoringCommit() {
            LogEntry first = entries.next();
            StoredCommit commit = first instanceof LogEntry.Commit c ? c.commit() : null;
            boolean endsThere = commit != null && commit.lastPosition() == anchor.position();
            if (endsThere && commit.hash().equals(anchor.hash())) {
                recent.addLast(new Intact(commit.position(), commit.lastPosition(), commit.hash(), 0, false));
                return null;
            }
            String found = endsThere ? commit.hash() : null;
            if (anchor.source() == Anchor.Source.CHECKPOINT) {
                return new ChainBreak(anchor.position(), BreakKind.CHECKPOINT_MISMATCH, anchor.hash(), found,
                        "the checkpoint of " + anchor.date() + " names position " + anchor.position()
                                + (endsThere ? ", where the log has another hash" : ", where no commit ends"));
            }
            return new ChainBreak(anchor.position(), BreakKind.ALTERED, anchor.hash(), found,
                    "the commit ending at position " + anchor.position() + " changed while it was read");
        }

        private void accept(StoredCommit commit) {
            commits++;
            events += commit.events().size();
            previousHash = commit.hash();
            expected = commit.lastPosition() + 1;
            recent.addLast(new Intact(commit.position(), commit.lastPosition(), commit.hash(),
                    commit.events().size(), true));
            if (recent.size() > LOOKBEHIND) {
                recent.removeFirst();
            }
            onIntact.accept(commit);
        }

        /** Looks up the checkpoint of each new day met, and checks those whose position the walk has reached. */
        private ChainBreak checkCheckpoints(StoredCommit commit) {
            LocalDate date;
            try {
                date = RecordingDate.of(commit);
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date != null && datesSeen.add(date)) {
                checkpoints.on(date)
                        .filter(checkpoint -> checkpoint.position() > anchor.position())
                        .ifPresent(checkpoint -> pending.put(checkpoint.position(), checkpoint));
            }
            while (!pending.isEmpty() && pending.firstKey() <= commit.lastPosition()) {
                DailyCheckpoint checkpoint = pending.pollFirstEntry().getValue();
                String found = hashEndingAt(checkpoint.position());
                if (!checkpoint.hash().equals(found)) {
                    if (found != null && successorChainedElsewhere(commit)) {
                        return new ChainBreak(commit.position(), BreakKind.ALTERED, checkpoint.hash(), commit.hash(),
                                "the commit at position " + commit.position() + " was changed and given a new hash: "
                                        + "neither the checkpoint of " + checkpoint.date() + " nor the next commit "
                                        + "agrees with it");
                    }
                    return new ChainBreak(checkpoint.position(), BreakKind.CHECKPOINT_MISMATCH, checkpoint.hash(),
                            found, "the checkpoint of " + checkpoint.date() + " names position "
                            + checkpoint.position() + (found == null ? ", where no commit ends"
                            : ", where the log's commit has another hash"));
                }
                checkpointsPassed.add(checkpoint.position());
            }
            return null;
        }

        /** The next commit is intact but was chained after another commit than this one. */
        private boolean successorChainedElsewhere(StoredCommit commit) {
            List<StoredCommit> ahead = entries.lookahead(1);
            if (ahead.isEmpty()) {
                return false;
            }
            StoredCommit next = ahead.get(0);
            return next.position() == commit.lastPosition() + 1 && !next.previousHash().equals(commit.hash())
                    && hashesAt(next, next.position(), next.previousHash());
        }

        private String hashEndingAt(long position) {
            Iterator<Intact> back = recent.descendingIterator();
            while (back.hasNext()) {
                Intact intact = back.next();
                if (intact.lastPosition() == position) {
                    return intact.hash();
                }
                if (intact.lastPosition() < position) {
                    return null;
                }
            }
            return null;
        }

        private ChainVerification atEnd() {
            boolean logEndedInRange = expected <= request.requestedTo();
            if (logEndedInRange && request.reach() >= expected) {
                return broken(new ChainBreak(expected, BreakKind.MISSING, null, null,
                        "the log ends at position " + (expected - 1) + ", but had reached position "
                                + request.reach()));
            }
            if (logEndedInRange && !pending.isEmpty()) {
                DailyCheckpoint checkpoint = pending.firstEntry().getValue();
                return broken(new ChainBreak(checkpoint.position(), BreakKind.CHECKPOINT_MISMATCH, checkpoint.hash(),
                        null, "the checkpoint of " + checkpoint.date() + " names position " + checkpoint.position()
                        + ", but the log ends at position " + (expected - 1)));
            }
            return result(null);
        }

        private ChainVerification broken(ChainBreak chainBreak) {
            return result(chainBreak);
        }

        /**
         * The answer; a break found after the position it names (a commit's fault shows only at the next one)
         * leaves out what was walked from that position on.
         */
        private ChainVerification result(ChainBreak chainBreak) {
            long to = expected - 1;
            String head = previousHash;
            long commitsIntact = commits;
            long eventsIntact = events;
            if (chainBreak != null && chainBreak.position() <= to) {
                to = Math.min(anchor.position(), chainBreak.position() - 1);
                head = anchor.hash();
                Iterator<Intact> back = recent.descendingIterator();
                while (back.hasNext()) {
                    Intact intact = back.next();
                    if (intact.lastPosition() < chainBreak.position()) {
                        to = intact.lastPosition();
                        head = intact.hash();
                        break;
                    }
                    if (intact.counted()) {
                        commitsIntact--;
                        eventsIntact -= intact.events();
                    }
                }
            }
            long limit = to;
            long checkpointsIntact = checkpointsPassed.stream().filter(position -> position <= limit).count();
            return new ChainVerification(chainBreak == null, request, anchor.position() + 1, to,
                    commitsIntact, eventsIntact, checkpointsIntact, head, chainBreak);
        }

        /** Names what is wrong with the commit at the expected position, whose hash does not follow. */
        private ChainBreak classify(StoredCommit found, String recomputed) {
            long position = found.position();
            List<StoredCommit> ahead = entries.lookahead(LOOKAHEAD);
            for (StoredCommit candidate : ahead) {
                if (candidate.previousHash().equals(previousHash) && hashesAt(candidate, position, previousHash)) {
                    boolean linked = ahead.stream().anyMatch(other -> other.hash().equals(found.previousHash())
                            || found.hash().equals(other.previousHash()));
                    return linked
                            ? new ChainBreak(position, BreakKind.OUT_OF_ORDER, candidate.hash(), found.hash(),
                            "the commit at position " + position + " belongs elsewhere in the chain; the commit "
                                    + "that belongs here stands at position " + candidate.position())
                            : new ChainBreak(position, BreakKind.INSERTED, candidate.hash(), found.hash(),
                            "the commit at position " + position + " is not part of the chain; the commit that "
                                    + "belongs here follows at position " + candidate.position());
                }
            }
            if (found.previousHash().equals(previousHash)) {
                return new ChainBreak(position, BreakKind.ALTERED, found.hash(), recomputed,
                        "the content of the commit at position " + position + " no longer gives its hash");
            }
            ChainBreak inserted = insertedAfterEarlierCommit(found);
            if (inserted != null) {
                return inserted;
            }
            if (hashesAt(found, position, found.previousHash())) {
                Intact before = recent.peekLast();
                if (before == null) {
                    return new ChainBreak(position, BreakKind.ALTERED, anchor.hash(), found.previousHash(),
                            "the first commit is chained to another hash than the start of the log");
                }
                return new ChainBreak(before.position(), BreakKind.ALTERED, found.previousHash(), before.hash(),
                        "the commit at position " + before.position() + " is not the one the commit at position "
                                + position + " was chained to");
            }
            for (long later = position + 1; later <= position + MAX_EVENTS_PER_COMMIT; later++) {
                if (hashesAt(found, later, found.previousHash())) {
                    return new ChainBreak(position, BreakKind.MISSING, found.previousHash(), found.hash(),
                            "the commit now at position " + position + " was written at position " + later
                                    + ": the commits at positions " + position + "–" + (later - 1)
                                    + " were removed and the log renumbered");
                }
            }
            return new ChainBreak(position, BreakKind.ALTERED, found.hash(), recomputed,
                    "the commit at position " + position + " no longer gives its hash");
        }

        /** The commit was written right after an earlier intact commit: what stands between was inserted. */
        private ChainBreak insertedAfterEarlierCommit(StoredCommit found) {
            Intact after = null;
            Iterator<Intact> back = recent.descendingIterator();
            while (back.hasNext()) {
                Intact earlier = back.next();
                if (earlier.hash().equals(found.previousHash())
                        && hashesAt(found, earlier.lastPosition() + 1, found.previousHash())) {
                    long at = earlier.lastPosition() + 1;
                    return new ChainBreak(at, BreakKind.INSERTED, found.hash(), after == null ? null : after.hash(),
                            "the commit at position " + at + " was not in the chain: the commit now at position "
                                    + found.position() + " was written at position " + at);
                }
                after = earlier;
            }
            return null;
        }

        private static boolean hashesAt(StoredCommit commit, long position, String previous) {
            return CommitHash.of(previous, position, commit.aggregateType(), commit.aggregateId(),
                    commit.firstSequenceNumber(), commit.events()).equals(commit.hash());
        }

        private static String hashOf(LogEntry entry) {
            return entry instanceof LogEntry.Commit c ? c.commit().hash() : null;
        }
    }

    /** The entries up to the requested end, with a look at those ahead without consuming them. */
    private static final class Entries {
        private final Iterator<LogEntry> source;
        private final long to;
        private final Deque<LogEntry> buffered = new ArrayDeque<>();
        private boolean exhausted;

        Entries(Iterator<LogEntry> source, long to) {
            this.source = source;
            this.to = to;
        }

        LogEntry next() {
            if (!buffered.isEmpty()) {
                return buffered.removeFirst();
            }
            return pull();
        }

        List<StoredCommit> lookahead(int count) {
            while (buffered.size() < count) {
                LogEntry entry = pull();
                if (entry == null) {
                    break;
                }
                buffered.addLast(entry);
            }
            List<StoredCommit> ahead = new ArrayList<>(buffered.size());
            for (LogEntry entry : buffered) {
                if (entry instanceof LogEntry.Commit c) {
                    ahead.add(c.commit());
                }
            }
            return ahead;
        }

        private LogEntry pull() {
            if (exhausted || !source.hasNext()) {
                exhausted = true;
                return null;
            }
            LogEntry entry = source.next();
            if (entry.position() > to) {
                exhausted = true;
                return null;
            }
            return entry;
        }
    }
}
