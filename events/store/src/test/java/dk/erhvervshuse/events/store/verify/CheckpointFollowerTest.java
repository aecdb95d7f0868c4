package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.testing.SampleLog;
import dk.erhvervshuse.events.store.testing.Tampering;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily checkpoints (§10.2) say, for each Danish day, where the log stood at its end: the position and
 * hash of the day's last commit. They follow the log by key reads, only forward, and never past a break.
 */
class CheckpointFollowerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    @Test
    void recordsTheLastCommitOfEachDanishDay() {
        SampleLog sample = SampleLog.recorded(FIRST_DAY, 3, 5);
        AuditChain chain = new AuditChain(sample.database(), "");

        chain.follower().catchUp();

        assertThat(chain.checkpoints(FIRST_DAY, FIRST_DAY.plusDays(2))).containsExactlyElementsOf(lastOfEachDay(sample.commits()));
    }

    @Test
    void countsACommitAtHalfPastMidnightDanishTimeOnThatDanishDay() {
        SampleLog sample = SampleLog.recorded(FIRST_DAY, 1, 2);
        // 23:30 UTC on the first day is 00:30 on the next in Copenhagen (CET, UTC+1 in March).
        sample.append(FIRST_DAY.atTime(23, 30).toInstant(ZoneOffset.UTC));
        AuditChain chain = new AuditChain(sample.database(), "");

        chain.follower().catchUp();

        List<StoredCommit> commits = sample.commits();
        StoredCommit afterMidnight = commits.get(commits.size() - 1);
        assertThat(chain.checkpoints(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(1)))
                .containsExactly(new DailyCheckpoint(FIRST_DAY.plusDays(1), afterMidnight.lastPosition(), afterMidnight.hash()));
        assertThat(chain.checkpoints(FIRST_DAY, FIRST_DAY)).extracting(DailyCheckpoint::position)
                .containsExactly(commits.get(commits.size() - 2).lastPosition());
    }

    @Test
    void movesTodaysCheckpointOnAsTheDayGoesOnAndRepeatsWithTheSameResult() {
        SampleLog sample = SampleLog.recorded(FIRST_DAY, 1, 3);
        AuditChain chain = new AuditChain(sample.database(), "");
        chain.follower().catchUp();
        sample.append(FIRST_DAY.atTime(15, 0).atZone(SampleLog.COPENHAGEN).toInstant());

        chain.follower().catchUp();
        chain.follower().catchUp();

        assertThat(chain.checkpoints(FIRST_DAY, FIRST_DAY)).containsExactlyElementsOf(lastOfEachDay(sample.commits()));
    }

    @Test
    void neverSetsADayBack() {
        SampleLog sample = SampleLog.recorded(FIRST_DAY, 1, 3);
        AuditChain chain = new AuditChain(sample.database(), "");
        chain.follower().catchUp();
        List<StoredCommit> commits = sample.commits();
        StoredCommit first = commits.get(0);

        new MongoDailyCheckpoints(sample.database(), "")
                .record(List.of(new DailyCheckpoint(FIRST_DAY, first.lastPosition(), first.hash())));

        assertThat(chain.checkpoints(FIRST_DAY, FIRST_DAY)).containsExactlyElementsOf(lastOfEachDay(commits));
    }

    @Test
    void recordsNothingPastABreakInTheChain() {
        SampleLog sample = SampleLog.recorded(FIRST_DAY, 2, 4);
        List<StoredCommit> commits = sample.commits();
        StoredCommit firstOfDayTwo = commits.get(4);
        new Tampering(sample.database()).changePayload(firstOfDayTwo.position());
        AuditChain chain = new AuditChain(sample.database(), "");

        ChainVerification walked = chain.follower().catchUp();

        assertThat(walked.firstBreak().position()).isEqualTo(firstOfDayTwo.position());
        assertThat(chain.checkpoints(FIRST_DAY, FIRST_DAY.plusDays(1))).extracting(DailyCheckpoint::date)
                .containsExactly(FIRST_DAY);
    }

    private static List<DailyCheckpoint> lastOfEachDay(List<StoredCommit> commits) {
        Map<LocalDate, DailyCheckpoint> days = new LinkedHashMap<>();
        for (StoredCommit commit : commits) {
            LocalDate day = RecordingDate.of(commit);
            days.put(day, new DailyCheckpoint(day, commit.lastPosition(), commit.hash()));
        }
        return List.copyOf(days.values());
    }
}
