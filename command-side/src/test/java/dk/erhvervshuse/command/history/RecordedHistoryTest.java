package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.guidance.CountGuidanceHours;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history as the registry records it, over six years: in recording order, every aggregate's sequence
 * numbers running on without a gap or a repeat however long a company stays away, the 20-hour policy's count
 * a moment after each meeting, and what the recorder holds not growing with the years. That its events are the
 * aggregates' own is {@link HistoryThroughAxonTest}'s to show.
 */
class RecordedHistoryTest {

    private static final HistoryOptions SIX_YEARS = new HistoryOptions(5, 2024, 2029, 800,
            LocalDate.of(2031, 12, 31));

    private static final List<RecordedCommit> commits = new ArrayList<>();
    private static final Map<Integer, Integer> heldAtNewYear = new TreeMap<>();

    @BeforeAll
    static void record() {
        Recorder recorder = new Recorder(SIX_YEARS);
        int year = 0;
        while (recorder.hasNext()) {
            RecordedCommit commit = recorder.next();
            int recordedIn = BusinessCalendar.dateOf(commit.recordedAt()).getYear();
            if (recordedIn != year) {
                year = recordedIn;
                heldAtNewYear.put(year, recorder.heldStreams());
            }
            commits.add(commit);
        }
    }

    @Test
    void commitsComeInRecordingOrder() {
        assertThat(commits).hasSizeGreaterThan(40_000);
        for (int i = 1; i < commits.size(); i++) {
            assertThat(commits.get(i).recordedAt()).as("commit %d", i)
                    .isAfterOrEqualTo(commits.get(i - 1).recordedAt());
        }
    }

    @Test
    void everyAggregateNumbersItsEventsOnWithoutGapOrRepeat() {
        Map<String, Long> next = new HashMap<>();
        Map<String, Set<String>> casesOfLedger = new HashMap<>();
        for (RecordedCommit commit : commits) {
            String stream = commit.aggregateType() + " " + commit.aggregateId();
            assertThat(commit.firstSequenceNumber()).as("%s", commit).isEqualTo(next.getOrDefault(stream, 0L));
            next.put(stream, commit.firstSequenceNumber() + commit.events().size());
            if (commit.command() instanceof CountGuidanceHours count) {
                casesOfLedger.computeIfAbsent(count.ledgerId(), id -> new HashSet<>()).add(count.caseId());
            }
        }
        // companies come back to a house in a later year: their ledger goes on across the years
        assertThat(casesOfLedger.values()).anyMatch(cases -> cases.size() > 1);
    }

    /** §5.1: the policy counts every meeting, correction and withdrawal into the company's ledger at the house. */
    @Test
    void thePolicyCountsEveryMeetingChangeOnTheCompanysLedgerAMomentLater() {
        Map<Long, RecordedCommit> meetingCommits = new HashMap<>();
        int counted = 0;
        for (RecordedCommit commit : commits) {
            Object first = commit.events().get(0);
            if (first instanceof GuidanceMeetingRecorded || first instanceof GuidanceMeetingCorrected
                    || first instanceof GuidanceMeetingWithdrawn) {
                meetingCommits.put(commit.causeIndex(), commit);
            } else if (commit.sentByPolicy()) {
                RecordedCommit meeting = meetingCommits.remove(commit.causeIndex());
                assertThat(meeting).as("the meeting counted by %s", commit).isNotNull();
                GuidanceHoursCounted count = (GuidanceHoursCounted) first;
                assertThat(commit.aggregateId()).isEqualTo(GuidanceHoursEvent.ledgerIdOf(count.house(), count.cvr()))
                        .isEqualTo(count.house() + ":" + count.cvr().value());
                assertThat(count.caseId()).isEqualTo(meeting.aggregateId());
                assertThat(Duration.between(meeting.recordedAt(), commit.recordedAt()))
                        .isPositive().isLessThan(Duration.ofSeconds(1));
                counted++;
            }
        }
        assertThat(meetingCommits).as("meetings never counted").isEmpty();
        assertThat(counted).isGreaterThan(10_000);
    }

    /** A long history holds what a year of guidance needs, not everything it has recorded. */
    @Test
    void whatTheRecorderHoldsDoesNotGrowWithTheYears() {
        // from 2028 on, every kind of aggregate is forgotten as fast as new ones come
        assertThat(heldAtNewYear).containsKeys(2028, 2030);
        assertThat(heldAtNewYear.get(2030)).isLessThan(heldAtNewYear.get(2028) * 23 / 20);
        long eventsIn2029 = commits.stream()
                .filter(commit -> BusinessCalendar.dateOf(commit.recordedAt()).getYear() == 2029)
                .mapToLong(commit -> commit.events().size()).sum();
        assertThat((long) heldAtNewYear.get(2030)).isLessThan(eventsIn2029);
    }

    @Test
    void theSameOptionsRecordTheSameHistory() {
        HistoryOptions oneYear = new HistoryOptions(5, 2024, 2024, 200, LocalDate.of(2025, 12, 31));
        List<RecordedCommit> first = new ArrayList<>();
        List<RecordedCommit> second = new ArrayList<>();
        HistoryGenerator.commits(oneYear).forEachRemaining(first::add);
        HistoryGenerator.commits(oneYear).forEachRemaining(second::add);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first.get(0).recordedAt()).isAfter(Instant.parse("2023-11-30T00:00:00Z"));
    }
}
