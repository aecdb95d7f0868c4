package dk.erhvervshuse.events.store.verify;

import com.mongodb.client.MongoDatabase;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tamper evidence of the event log for supervision (tilsyn, §10.2) and reliable registrations (§9): verify the
 * hash chain over a range of positions, list the daily checkpoints, and export a range with everything needed
 * to verify it elsewhere. A verification and an export of the same range read the same commits, from the same
 * anchor, so the offline verifier ({@link AuditExportReader}) answers as the registry does.
 * <p>
 * A range that starts after position 1 is anchored to the nearest daily checkpoint before it (looked up among
 * the {@value #ANCHOR_DAYS} days before, by key), which is verified against the log first; without one, to the
 * stored hash of the commit before the range, and the answer says which.
 */
public final class AuditChain {

    /** How many days back a range's start looks for a checkpoint to anchor to. */
    static final int ANCHOR_DAYS = 366;

    private final MongoCommitLog log;
    private final MongoDailyCheckpoints checkpoints;

    public AuditChain(MongoDatabase database, String collectionPrefix) {
        this.log = new MongoCommitLog(database, collectionPrefix);
        this.checkpoints = new MongoDailyCheckpoints(database, collectionPrefix);
    }

    /** Verifies the positions {@code from … to} ({@link VerificationRequest#TO_HEAD} for the whole log after {@code from}). */
    public ChainVerification verify(long from, long to) {
        Prepared prepared = prepare(from, to);
        return ChainVerifier.verify(prepared.request(), entries(prepared), checkpoints.lookup());
    }

    /** Writes the export of positions {@code from … to} to {@code out}, one line at a time; does not close it. */
    public AuditExport.Summary export(long from, long to, Writer out) {
        Prepared prepared = prepare(from, to);
        AuditExportWriter writer = new AuditExportWriter(out);
        writer.header(prepared.request());
        CheckpointLookup lookup = checkpoints.lookup();
        Set<LocalDate> days = new HashSet<>();
        Iterator<LogEntry> entries = entries(prepared);
        while (entries.hasNext()) {
            LogEntry entry = entries.next();
            dateOf(entry).filter(days::add).flatMap(lookup::on).ifPresent(writer::checkpoint);
            writer.entry(entry);
        }
        return writer.end();
    }

    /** The checkpoints of the days {@code from … to} that have one, oldest first. */
    public List<DailyCheckpoint> checkpoints(LocalDate from, LocalDate to) {
        return checkpoints.between(from, to);
    }

    /** The position of the last event in the log. */
    public long headPosition() {
        return log.headPosition(checkpoints.progress().position());
    }

    /** Follows the log with the daily checkpoints; see {@link CheckpointFollower}. */
    public CheckpointFollower follower() {
        return new CheckpointFollower(log, checkpoints);
    }

    private Iterator<LogEntry> entries(Prepared prepared) {
        VerificationRequest request = prepared.request();
        return log.entries(prepared.readFrom(), request.requestedTo(), request.reach());
    }

    /** The request and where reading starts: at the commit the anchor ends at, or at 1 from the genesis. */
    private record Prepared(VerificationRequest request, long readFrom) {
    }

    private Prepared prepare(long from, long to) {
        long reach = Math.max(log.hintedReach(), checkpoints.progress().position());
        if (from <= 1) {
            return new Prepared(new VerificationRequest(1, to, Anchor.genesis(), reach), 1);
        }
        LogEntry containing = log.entryContaining(from);
        long start = containing == null ? from : containing.position();
        if (start <= 1) {
            return new Prepared(new VerificationRequest(from, to, Anchor.genesis(), reach), 1);
        }
        LogEntry before = log.entryContaining(start - 1);
        Optional<LocalDate> day = dateOf(containing).or(() -> dateOf(before));
        Optional<DailyCheckpoint> nearest = day.flatMap(d -> checkpoints.between(d.minusDays(ANCHOR_DAYS), d).stream()
                .filter(checkpoint -> checkpoint.position() < start)
                .max(Comparator.comparingLong(DailyCheckpoint::position)));
        if (nearest.isPresent()) {
            DailyCheckpoint checkpoint = nearest.get();
            LogEntry anchoring = log.entryContaining(checkpoint.position());
            long readFrom = anchoring == null ? checkpoint.position() + 1 : anchoring.position();
            return new Prepared(new VerificationRequest(from, to, Anchor.checkpoint(checkpoint), reach), readFrom);
        }
        if (before instanceof LogEntry.Commit previous) {
            Anchor anchor = Anchor.previousCommit(previous.commit().lastPosition(), previous.commit().hash());
            return new Prepared(new VerificationRequest(from, to, anchor, reach), previous.position());
        }
        return new Prepared(new VerificationRequest(from, to, Anchor.genesis(), reach), 1);
    }

    private static Optional<LocalDate> dateOf(LogEntry entry) {
        if (entry instanceof LogEntry.Commit commit) {
            try {
                return Optional.of(RecordingDate.of(commit.commit()));
            } catch (RuntimeException unreadableTime) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
