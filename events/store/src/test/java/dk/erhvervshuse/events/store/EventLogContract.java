package dk.erhvervshuse.events.store;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.common.AppliedCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the event log promises, whatever MongoDB it runs on. Several engines on one database stand in
 * for several JVMs: they share no lock, so their writes race in the database itself.
 */
abstract class EventLogContract {

    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();

    private MongoDatabase database;

    protected abstract MongoDatabase newDatabase();

    @BeforeEach
    void freshDatabase() {
        database = newDatabase();
    }

    CommitLogStorageEngine newEngine() {
        return CommitLogStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .batchSize(100)
                .build();
    }

    static DomainEventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("GuidanceCase", aggregateId, sequence,
                new GuidanceCaseClosed(aggregateId, House.FYN, new Cvr("13748136"), LocalDate.of(2025, 3, 1)),
                MetaData.with("userId", "adviser-1"));
    }

    static List<TrackedEventMessage<?>> readAll(CommitLogStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    static long position(TrackedEventMessage<?> event) {
        return ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex();
    }

    @Test
    void givesEveryEventTheNextPositionInCommitOrder() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0), event("case-1", 1));
        engine.appendEvents(event("case-2", 0));
        engine.appendEvents(event("case-1", 2));

        List<TrackedEventMessage<?>> events = readAll(engine, null);

        assertThat(events).extracting(EventLogContract::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                .containsExactly("case-1", "case-1", "case-2", "case-1");
        assertThat(events.get(0).getPayload()).isInstanceOf(GuidanceCaseClosed.class);
        assertThat(events.get(0).getMetaData()).containsEntry("userId", "adviser-1");
    }

    @Test
    void writersOnManyThreadsAndSeveralProcessesLeaveContiguousPositionsWithNoDuplicateAndNoLoss() throws Exception {
        List<CommitLogStorageEngine> engines = List.of(newEngine(), newEngine(), newEngine());
        int threads = 8;
        int commitsPerThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<String> appended = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                CommitLogStorageEngine engine = engines.get(thread % engines.size());
                for (int c = 0; c < commitsPerThread; c++) {
                    String aggregate = "case-" + thread + "-" + c;
                    int size = 1 + (c % 3);
                    List<DomainEventMessage<?>> commit = IntStream.range(0, size)
                            .mapToObj(s -> event(aggregate, s)).collect(Collectors.toList());
                    engine.appendEvents(commit);
                    commit.forEach(e -> appended.add(e.getIdentifier()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<TrackedEventMessage<?>> events = readAll(newEngine(), null);

        assertThat(events).hasSize(appended.size());
        assertThat(events).extracting(EventLogContract::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, appended.size()).mapToObj(i -> (long) i).toList());
        assertThat(events).extracting(TrackedEventMessage::getIdentifier)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(appended);
        // A commit's events stay together and in sequence order.
        for (int i = 1; i < events.size(); i++) {
            DomainEventMessage<?> previous = (DomainEventMessage<?>) events.get(i - 1);
            DomainEventMessage<?> current = (DomainEventMessage<?>) events.get(i);
            if (current.getSequenceNumber() > 0) {
                assertThat(previous.getAggregateIdentifier()).isEqualTo(current.getAggregateIdentifier());
                assertThat(previous.getSequenceNumber()).isEqualTo(current.getSequenceNumber() - 1);
            }
        }
    }

    @Test
    void aTrackingReaderNeverSeesAPositionBeforeThoseBeforeIt() throws Exception {
        List<CommitLogStorageEngine> writers = List.of(newEngine(), newEngine());
        CommitLogStorageEngine reader = newEngine();
        int total = 400;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            CommitLogStorageEngine engine = writers.get(t % 2);
            writing.add(pool.submit(() -> {
                int n;
                while ((n = next.getAndIncrement()) < total) {
                    engine.appendEvents(event("case-" + n, 0));
                }
                return null;
            }));
        }
        List<Long> seen = new ArrayList<>();
        TrackingToken token = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (seen.size() < total && System.nanoTime() < deadline) {
            for (TrackedEventMessage<?> event : readAll(reader, token)) {
                long expected = seen.isEmpty() ? 1 : seen.get(seen.size() - 1) + 1;
                assertThat(position(event)).as("position after %s", seen.size()).isEqualTo(expected);
                seen.add(position(event));
                token = event.trackingToken();
            }
        }
        for (Future<?> f : writing) {
            f.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(seen).hasSize(total);
    }

    @Test
    void twoWritersRacingOnOneAggregateGiveOneSuccessAndOneConflict() throws Exception {
        CommitLogStorageEngine first = newEngine();
        CommitLogStorageEngine second = newEngine();
        first.appendEvents(event("case-race", 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 30;
        AtomicInteger conflicts = new AtomicInteger();
        for (int round = 1; round <= rounds; round++) {
            long sequence = round;
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (CommitLogStorageEngine engine : List.of(first, second)) {
                attempts.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        engine.appendEvents(event("case-race", sequence));
                        return true;
                    } catch (ConcurrencyException e) {
                        conflicts.incrementAndGet();
                        return false;
                    }
                }));
            }
            int successes = 0;
            for (Future<Boolean> attempt : attempts) {
                successes += attempt.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(successes).as("successes in round %s", round).isEqualTo(1);
        }
        pool.shutdown();

        assertThat(conflicts).hasValue(rounds);
        List<Long> sequences = newEngine().readEvents("case-race").asStream()
                .map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(0, rounds).mapToObj(i -> (long) i).toList());
        assertThat(readAll(newEngine(), null)).hasSize(rounds + 1);
    }

    @Test
    void refusesToCreateAnAggregateTwice() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0));

        assertThatThrownBy(() -> newEngine().appendEvents(event("case-1", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(readAll(engine, null)).hasSize(1);
    }

    @Test
    void chainsEveryCommitToTheOneBeforeIt() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0), event("case-1", 1));
        engine.appendEvents(event("case-2", 0));
        newEngine().appendEvents(event("case-3", 0));

        List<StoredCommit> commits = new ArrayList<>();
        engine.forEachCommit(1, Long.MAX_VALUE, commits::add);

        assertThat(commits).extracting(StoredCommit::position).containsExactly(1L, 3L, 4L);
        String previous = CommitHash.GENESIS;
        for (StoredCommit commit : commits) {
            assertThat(commit.previousHash()).isEqualTo(previous);
            assertThat(commit.hash()).isEqualTo(CommitHash.recompute(commit, previous));
            previous = commit.hash();
        }
        assertThat(engine.headHash()).isEqualTo(previous);
        assertThat(engine.headPosition()).isEqualTo(4);
    }

    @Test
    void aReaderResumesInsideACommitWhereItsTokenStopped() {
        newEngine().appendEvents(event("case-1", 0), event("case-1", 1), event("case-1", 2));
        newEngine().appendEvents(event("case-2", 0));

        List<TrackedEventMessage<?>> rest = readAll(newEngine(), new GlobalSequenceTrackingToken(1));

        assertThat(rest).extracting(EventLogContract::position).containsExactly(2L, 3L, 4L);
        assertThat(readAll(newEngine(), new GlobalSequenceTrackingToken(4))).isEmpty();
    }

    @Test
    void loadsAnAggregateAcrossManyCommitsAndFromASnapshot() {
        CommitLogStorageEngine engine = newEngine();
        for (long s = 0; s < 250; s += 2) {
            engine.appendEvents(event("case-long", s), event("case-long", s + 1));
            engine.appendEvents(event("other-" + s, 0));
        }

        assertThat(newEngine().readEvents("case-long").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> (long) i).toList());
        assertThat(newEngine().readEvents("case-long", 101).asStream().map(DomainEventMessage::getSequenceNumber))
                .as("from inside a commit")
                .first().isEqualTo(101L);
        assertThat(engine.lastSequenceNumberFor("case-long")).contains(249L);

        engine.storeSnapshot(new GenericDomainEventMessage<>("GuidanceCase", "case-long", 199, "state-at-199"));
        engine.storeSnapshot(new GenericDomainEventMessage<>("GuidanceCase", "case-long", 99, "older-state"));
        assertThat(newEngine().readSnapshot("case-long")).hasValueSatisfying(snapshot -> {
            assertThat(snapshot.getSequenceNumber()).isEqualTo(199);
            assertThat(snapshot.getPayload()).isEqualTo("state-at-199");
        });
    }

    @Test
    void aNewProcessFindsTheHeadWrittenByOthers() {
        CommitLogStorageEngine writer = newEngine();
        for (int i = 0; i < 150; i++) {
            writer.appendEvents(event("case-" + i, 0));
        }
        writer.flushHeadHint();
        writer.appendEvents(event("case-after-hint", 0));

        CommitLogStorageEngine late = newEngine();
        assertThat(late.headPosition()).isEqualTo(151);
        late.appendEvents(event("case-late", 0));
        assertThat(writer.headPosition()).isEqualTo(152);
        assertThat(((GlobalSequenceTrackingToken) writer.createHeadToken()).getGlobalIndex()).isEqualTo(152);
    }

    @Test
    void findsTheTokenForAPointInTime() {
        CommitLogStorageEngine engine = newEngine();
        List<java.time.Instant> recorded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DomainEventMessage<?> e = event("case-" + i, 0);
            recorded.add(e.getTimestamp());
            engine.appendEvents(e);
        }
        TrackingToken token = engine.createTokenAt(recorded.get(10));

        List<TrackedEventMessage<?>> from = readAll(engine, token);
        assertThat(from.get(0).getTimestamp()).isAfterOrEqualTo(recorded.get(10));
        assertThat(readAll(engine, null).stream().filter(e -> e.getTimestamp().isBefore(recorded.get(10))))
                .hasSize(20 - from.size());
    }

    @Test
    void leavesNothingBehindWhenACommitIsRefused() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0));
        Set<String> before = new HashSet<>(Collections.singleton(engine.headHash()));

        assertThatThrownBy(() -> newEngine().appendEvents(event("case-1", 0), event("case-1", 1)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(readAll(newEngine(), null)).hasSize(1);
        assertThat(before).contains(newEngine().headHash());
        engine.appendEvents(event("case-1", 1));
        assertThat(readAll(newEngine(), null)).extracting(EventLogContract::position).containsExactly(1L, 2L);
    }

    @Test
    void aBulkLoadGivesTheSamePositionsAndChainAsOneByOneAppends() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-0", 0));
        List<List<DomainEventMessage<?>>> commits = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            commits.add(i % 5 == 0 ? List.of(event("case-" + i, 0), event("case-" + i, 1)) : List.of(event("case-" + i, 0)));
        }

        engine.appendInBulk(commits);
        newEngine().appendEvents(event("case-after", 0));

        List<TrackedEventMessage<?>> events = readAll(newEngine(), null);
        assertThat(events).hasSize(1 + 2500 + 500 + 1);
        assertThat(events).extracting(EventLogContract::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, events.size()).mapToObj(i -> (long) i).toList());
        String previous = CommitHash.GENESIS;
        List<StoredCommit> stored = new ArrayList<>();
        engine.forEachCommit(1, Long.MAX_VALUE, stored::add);
        for (StoredCommit commit : stored) {
            assertThat(commit.previousHash()).isEqualTo(previous);
            assertThat(CommitHash.recompute(commit, previous)).isEqualTo(commit.hash());
            previous = commit.hash();
        }
        assertThat(newEngine().readEvents("case-5").asStream().count()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- each command once

    /** Appends as the unit of work of command {@code commandId} does: the events are written when it commits. */
    static void asCommand(String commandId, Runnable append) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericCommandMessage<>(
                new GenericMessage<>(commandId, "a command", MetaData.emptyInstance()), "RecordSomething"));
        try {
            append.run();
            unitOfWork.commit();
        } catch (RuntimeException e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    @Test
    void findsTheCommitThatACommandWrote() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0));
        asCommand("command-2", () -> engine.appendEvents(event("case-1", 1), event("case-1", 2)));

        AppliedCommand applied = newEngine().find("command-2").orElseThrow();

        assertThat(applied.aggregateId()).isEqualTo("case-1");
        assertThat(applied.firstPosition()).isEqualTo(2);
        assertThat(applied.lastPosition()).isEqualTo(3);
        assertThat(applied.recordedAt()).isNotNull();
        assertThat(newEngine().find("command-never-sent")).isEmpty();
    }

    @Test
    void refusesTheSameCommandASecondTimeAndWritesNothing() {
        CommitLogStorageEngine first = newEngine();
        asCommand("command-1", () -> first.appendEvents(event("case-1", 0)));

        // A retry on another instance: the aggregate now stands at sequence 1, so only the command key collides.
        assertThatThrownBy(() -> asCommand("command-1", () -> newEngine().appendEvents(event("case-1", 1))))
                .isInstanceOf(CommandAlreadyApplied.class)
                .satisfies(e -> assertThat(((CommandAlreadyApplied) e).applied().firstPosition()).isEqualTo(1));
        assertThat(readAll(newEngine(), null)).hasSize(1);
    }

    @Test
    void aDuplicateRacingItsOriginalIsToldItWasAlreadyAppliedNotThatItConflicted() throws Exception {
        CommitLogStorageEngine first = newEngine();
        CommitLogStorageEngine second = newEngine();
        first.appendEvents(event("case-race", 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 20;
        AtomicInteger alreadyApplied = new AtomicInteger();
        for (int round = 1; round <= rounds; round++) {
            long sequence = round;
            String commandId = "command-" + round;
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (CommitLogStorageEngine engine : List.of(first, second)) {
                attempts.add(pool.submit(() -> {
                    barrier.await();
                    try {
                        asCommand(commandId, () -> engine.appendEvents(event("case-race", sequence)));
                        return true;
                    } catch (CommandAlreadyApplied e) {
                        alreadyApplied.incrementAndGet();
                        return false;
                    }
                }));
            }
            int successes = 0;
            for (Future<Boolean> attempt : attempts) {
                successes += attempt.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(successes).as("successes in round %s", round).isEqualTo(1);
        }
        pool.shutdown();

        assertThat(alreadyApplied).hasValue(rounds);
        assertThat(readAll(newEngine(), null)).hasSize(rounds + 1);
    }

    @Test
    void eventsOfNoCommandNeedNoKey() {
        CommitLogStorageEngine engine = newEngine();
        engine.appendEvents(event("case-1", 0));
        engine.appendEvents(event("case-2", 0));
        engine.appendInBulk(List.of(List.of(event("case-3", 0)), List.of(event("case-4", 0))));
        asCommand("command-5", () -> engine.appendEvents(event("case-5", 0)));

        assertThat(readAll(newEngine(), null)).hasSize(5);
        assertThat(newEngine().find("command-5")).isPresent();
    }
}
