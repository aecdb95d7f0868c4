package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.testing.SampleLog;
import dk.erhvervshuse.events.store.testing.TamperCase;
import dk.erhvervshuse.events.store.testing.Tampering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's registrations are reliable (§9) and supervision can see that nothing was changed afterwards
 * (§10.2): a verification of the stored log finds an untouched log intact, and names the exact position and
 * kind of every change made behind the registry's back.
 */
class ChainVerificationTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    private SampleLog sample;
    private AuditChain chain;
    private List<StoredCommit> commits;

    @BeforeEach
    void recordThreeDaysAndTheirCheckpoints() {
        sample = SampleLog.recorded(FIRST_DAY, 3, 8);
        chain = new AuditChain(sample.database(), "");
        assertThat(chain.follower().catchUp().verified()).isTrue();
        commits = sample.commits();
    }

    @Test
    void findsAnUntouchedLogIntactFromTheStartToTheHead() {
        ChainVerification result = chain.verify(1, VerificationRequest.TO_HEAD);

        StoredCommit last = commits.get(commits.size() - 1);
        assertThat(result.verified()).isTrue();
        assertThat(result.firstBreak()).isNull();
        assertThat(result.anchor().source()).isEqualTo(Anchor.Source.GENESIS);
        assertThat(result.from()).isEqualTo(1);
        assertThat(result.to()).isEqualTo(last.lastPosition()).isEqualTo(sample.engine().headPosition());
        assertThat(result.commitsChecked()).isEqualTo(commits.size());
        assertThat(result.eventsChecked()).isEqualTo(commits.stream().mapToLong(c -> c.events().size()).sum());
        assertThat(result.headHash()).isEqualTo(sample.engine().headHash());
        assertThat(result.checkpointsChecked()).as("one checkpoint per day passed").isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void namesThePositionAndKindOfEachChangeToTheStoredLog(TamperCase tamperCase) {
        TamperCase.Expected expected = tamperCase.apply(sample, commits, new Tampering(sample.database()));

        ChainVerification result = chain.verify(1, VerificationRequest.TO_HEAD);

        assertThat(result.verified()).isFalse();
        assertThat(result.firstBreak().kind()).isEqualTo(expected.kind());
        assertThat(result.firstBreak().position()).isEqualTo(expected.position());
        assertThat(result.to()).as("intact up to the break").isLessThan(expected.position());
    }

    @Test
    void aRangeBeforeAChangeIsStillIntact() {
        TamperCase.Expected expected = TamperCase.PAYLOAD_CHANGED.apply(sample, commits, new Tampering(sample.database()));

        ChainVerification before = chain.verify(1, expected.position() - 1);

        assertThat(before.verified()).isTrue();
        assertThat(before.to()).isEqualTo(expected.position() - 1);
    }

    @Test
    void reportsTheStoredAndTheRecomputedHashOfAnAlteredCommit() {
        StoredCommit target = commits.get(commits.size() / 2);
        new Tampering(sample.database()).changePayload(target.position());

        ChainBreak found = chain.verify(1, VerificationRequest.TO_HEAD).firstBreak();

        assertThat(found.expectedHash()).isEqualTo(target.hash());
        assertThat(found.foundHash()).isNotEqualTo(target.hash()).hasSize(64);
    }

    @Nested
    class ARangeThatStartsMidLog {

        @Test
        void isAnchoredToTheCheckpointOfTheDayBefore() {
            StoredCommit firstOfDayThree = firstCommitOn(FIRST_DAY.plusDays(2));
            StoredCommit lastOfDayTwo = lastCommitOn(FIRST_DAY.plusDays(1));

            ChainVerification result = chain.verify(firstOfDayThree.position() + 1, VerificationRequest.TO_HEAD);

            assertThat(result.verified()).isTrue();
            assertThat(result.anchor().source()).isEqualTo(Anchor.Source.CHECKPOINT);
            assertThat(result.anchor().date()).isEqualTo(FIRST_DAY.plusDays(1));
            assertThat(result.anchor().position()).isEqualTo(lastOfDayTwo.lastPosition());
            assertThat(result.anchor().hash()).isEqualTo(lastOfDayTwo.hash());
            assertThat(result.from()).as("checked from right after the checkpoint").isEqualTo(firstOfDayThree.position());
        }

        @Test
        void isAnchoredToThePreviousCommitsStoredHashWhenNoCheckpointPrecedesIt() {
            StoredCommit third = commits.get(2);

            ChainVerification result = chain.verify(third.position(), VerificationRequest.TO_HEAD);

            assertThat(result.verified()).isTrue();
            assertThat(result.anchor().source()).isEqualTo(Anchor.Source.PREVIOUS_COMMIT);
            assertThat(result.anchor().position()).isEqualTo(commits.get(1).lastPosition());
            assertThat(result.anchor().hash()).isEqualTo(commits.get(1).hash());
            assertThat(result.commitsChecked()).isEqualTo(commits.size() - 2);
        }

        @Test
        void startingInsideACommitChecksThatWholeCommit() {
            StoredCommit multi = commits.stream().filter(c -> c.events().size() > 1).findFirst().orElseThrow();

            ChainVerification result = chain.verify(multi.position() + 1, multi.lastPosition());

            assertThat(result.verified()).isTrue();
            assertThat(result.from()).isEqualTo(multi.position());
            assertThat(result.to()).isEqualTo(multi.lastPosition());
            assertThat(result.commitsChecked()).isEqualTo(1);
        }

        @Test
        void namesACheckpointThatNoLongerAgreesWithTheCommitItAnchorsTo() {
            StoredCommit lastOfDayTwo = lastCommitOn(FIRST_DAY.plusDays(1));
            new Tampering(sample.database()).changeCheckpoint(FIRST_DAY.plusDays(1).toString(), commits.get(0).hash());

            ChainVerification result = chain.verify(lastOfDayTwo.lastPosition() + 1, VerificationRequest.TO_HEAD);

            assertThat(result.firstBreak().kind()).isEqualTo(BreakKind.CHECKPOINT_MISMATCH);
            assertThat(result.firstBreak().position()).isEqualTo(lastOfDayTwo.lastPosition());
            assertThat(result.firstBreak().foundHash()).isEqualTo(lastOfDayTwo.hash());
        }
    }

    private StoredCommit firstCommitOn(LocalDate day) {
        return commits.stream().filter(c -> RecordingDate.of(c).equals(day)).findFirst().orElseThrow();
    }

    private StoredCommit lastCommitOn(LocalDate day) {
        return commits.stream().filter(c -> RecordingDate.of(c).equals(day)).reduce((a, b) -> b).orElseThrow();
    }
}
