package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.StoredCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the daily checkpoints (§10.2) following the log: from where it stopped last, it verifies the chain
 * forward to the head with the same {@link ChainVerifier} as every verification, and records for each day the
 * last intact commit recorded that day (Europe/Copenhagen). It never records past a break: a checkpoint
 * vouches that the chain up to it was intact when it was taken.
 * <p>
 * It lives beside the log rather than as a projection of the query side because a checkpoint is a statement
 * about stored commits and their hashes, which events handed to a processor do not carry (they are
 * deserialized, and the hash covers the exact stored text); and it reads the log as every verification does,
 * by enumerated positions. It is idempotent: a day's checkpoint only moves forward, and its progress is
 * saved after the checkpoints it covers, so a run cut short is repeated with the same result.
 */
public final class CheckpointFollower {

    private static final Logger log = LoggerFactory.getLogger(CheckpointFollower.class);
    /** Commits per batch of checkpoint writes. */
    private static final int FLUSH_EVERY = 1000;

    private final MongoCommitLog commits;
    private final MongoDailyCheckpoints checkpoints;

    public CheckpointFollower(MongoCommitLog commits, MongoDailyCheckpoints checkpoints) {
        this.commits = commits;
        this.checkpoints = checkpoints;
    }

    /** Follows the log from the last run to its head; answers the verification of what it walked. */
    public synchronized ChainVerification catchUp() {
        MongoDailyCheckpoints.Progress start = checkpoints.progress();
        Anchor anchor = start.position() == 0 ? Anchor.genesis()
                : new Anchor(Anchor.Source.CHECKPOINT, start.position(), start.hash(), null);
        long readFrom = 1;
        if (start.position() > 0) {
            LogEntry anchoring = commits.entryContaining(start.position());
            readFrom = anchoring == null ? start.position() + 1 : anchoring.position();
        }
        long reach = Math.max(commits.hintedReach(), start.position());
        VerificationRequest request = new VerificationRequest(start.position() + 1, VerificationRequest.TO_HEAD,
                anchor, reach);
        Batch batch = new Batch();
        ChainVerification walked = ChainVerifier.verify(request, commits.entries(readFrom, request.requestedTo(), reach),
                checkpoints.lookup(), batch::add);
        batch.flush();
        if (!walked.verified()) {
            ChainBreak found = walked.firstBreak();
            log.error("The event log's hash chain is broken at position {} ({}): {}. Daily checkpoints stop at "
                    + "position {} until it is resolved.", found.position(), found.kind(), found.detail(), walked.to());
        }
        return walked;
    }

    /** The latest intact commit per day since the last write. */
    private final class Batch {
        private final Map<LocalDate, DailyCheckpoint> days = new LinkedHashMap<>();
        private StoredCommit last;
        private int pending;

        void add(StoredCommit commit) {
            LocalDate date = RecordingDate.of(commit);
            days.put(date, new DailyCheckpoint(date, commit.lastPosition(), commit.hash()));
            last = commit;
            if (++pending >= FLUSH_EVERY) {
                flush();
            }
        }

        void flush() {
            if (last == null) {
                return;
            }
            checkpoints.record(days.values());
            checkpoints.advance(new MongoDailyCheckpoints.Progress(last.lastPosition(), last.hash()));
            days.clear();
            pending = 0;
        }
    }
}
