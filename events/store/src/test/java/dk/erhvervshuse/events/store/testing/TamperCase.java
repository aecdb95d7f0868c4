package dk.erhvervshuse.events.store.testing;

import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.verify.BreakKind;
import dk.erhvervshuse.events.store.verify.DailyCheckpoint;
import dk.erhvervshuse.events.store.verify.MongoDailyCheckpoints;
import dk.erhvervshuse.events.store.verify.RecordingDate;

import java.util.List;

/**
 * The ways the stored log can be changed behind the registry's back, each with the position and kind a
 * verification must name. Applied to a {@link SampleLog} whose daily checkpoints have followed it; the
 * expected position is read from the log before the change, never written down.
 */
public enum TamperCase {

    PAYLOAD_CHANGED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            tampering.changePayload(target.position());
            return new Expected(BreakKind.ALTERED, target.position());
        }
    },
    PAYLOAD_CHANGED_AND_ITS_HASH_RECOMPUTED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            tampering.changePayload(target.position());
            tampering.rehash(target.position());
            return new Expected(BreakKind.ALTERED, target.position());
        }
    },
    LAST_COMMIT_OF_A_DAY_CHANGED_AND_ITS_HASH_RECOMPUTED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            DailyCheckpoint day = checkpointOf(sample, middleSingle(commits));
            StoredCommit target = commits.stream().filter(c -> c.lastPosition() == day.position()).findFirst()
                    .orElseThrow();
            tampering.changePayload(target.position());
            tampering.rehash(target.position());
            return new Expected(BreakKind.ALTERED, target.position());
        }
    },
    COMMIT_REMOVED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleMulti(commits);
            tampering.remove(target.position());
            return new Expected(BreakKind.MISSING, target.position());
        }
    },
    COMMIT_REMOVED_AND_LATER_ONES_RENUMBERED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleMulti(commits);
            tampering.remove(target.position());
            tampering.renumberFrom(target.lastPosition() + 1, -target.events().size(), positions(commits));
            return new Expected(BreakKind.MISSING, target.position());
        }
    },
    LAST_COMMIT_REMOVED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit last = commits.get(commits.size() - 1);
            tampering.remove(last.position());
            return new Expected(BreakKind.MISSING, last.position());
        }
    },
    CONTENTS_OF_TWO_COMMITS_SWAPPED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit first = middleSingle(commits);
            tampering.swapContents(first.position(), first.position() + 1);
            return new Expected(BreakKind.OUT_OF_ORDER, first.position());
        }
    },
    POSITIONS_OF_TWO_COMMITS_SWAPPED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit first = middleSingle(commits);
            tampering.swapIds(first.position(), first.position() + 1);
            return new Expected(BreakKind.OUT_OF_ORDER, first.position());
        }
    },
    COMMIT_INSERTED_AND_LATER_ONES_RENUMBERED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            tampering.renumberFrom(target.position(), 1, positions(commits));
            tampering.insertForged(target.position(), target.events().get(0), target.previousHash(), true);
            return new Expected(BreakKind.INSERTED, target.position());
        }
    },
    COMMIT_WITH_A_MADE_UP_HASH_INSERTED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            tampering.renumberFrom(target.position(), 1, positions(commits));
            tampering.insertForged(target.position(), target.events().get(0), target.previousHash(), false);
            return new Expected(BreakKind.INSERTED, target.position());
        }
    },
    COMMIT_INSERTED_INSIDE_ANOTHER {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit host = middleMulti(commits);
            tampering.insertForged(host.position() + 1, host.events().get(1), host.hash(), true);
            return new Expected(BreakKind.INSERTED, host.position() + 1);
        }
    },
    CHAIN_REWRITTEN_AFTER_A_CHANGE {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            tampering.changePayload(target.position());
            tampering.rewriteChainFrom(target.position(), positions(commits));
            // Only the day's checkpoint, taken before the change, can show it.
            DailyCheckpoint day = checkpointOf(sample, target);
            return new Expected(BreakKind.CHECKPOINT_MISMATCH, day.position());
        }
    },
    CHECKPOINT_CHANGED {
        @Override
        public Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering) {
            StoredCommit target = middleSingle(commits);
            DailyCheckpoint day = checkpointOf(sample, target);
            tampering.changeCheckpoint(day.date().toString(), target.hash());
            return new Expected(BreakKind.CHECKPOINT_MISMATCH, day.position());
        }
    };

    /** Changes the stored log and says what a verification of the whole log must report. */
    public abstract Expected apply(SampleLog sample, List<StoredCommit> commits, Tampering tampering);

    public record Expected(BreakKind kind, long position) {
    }

    /** A one-event commit in the second half of the log, followed by another one-event commit. */
    static StoredCommit middleSingle(List<StoredCommit> commits) {
        for (int i = commits.size() / 2; i < commits.size() - 1; i++) {
            if (commits.get(i).events().size() == 1 && commits.get(i + 1).events().size() == 1) {
                return commits.get(i);
            }
        }
        throw new IllegalStateException("the sample log has no two one-event commits in a row in its second half");
    }

    /** A commit of several events in the second half of the log, not the last. */
    static StoredCommit middleMulti(List<StoredCommit> commits) {
        for (int i = commits.size() / 2; i < commits.size() - 1; i++) {
            if (commits.get(i).events().size() > 1) {
                return commits.get(i);
            }
        }
        throw new IllegalStateException("the sample log has no commit of several events in its second half");
    }

    static List<Long> positions(List<StoredCommit> commits) {
        return commits.stream().map(StoredCommit::position).toList();
    }

    static DailyCheckpoint checkpointOf(SampleLog sample, StoredCommit commit) {
        var date = RecordingDate.of(commit);
        return new MongoDailyCheckpoints(sample.database(), "").between(date, date).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no checkpoint recorded for " + date));
    }
}
