package dk.erhvervshuse.command.guidance;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application processes on one log, each with its own Axon and no shared lock, change the same case
 * at the same moment. Both load the case before either writes (a barrier holds them just before their
 * events are appended), so exactly one wins and the other meets a concurrency conflict: no meeting is
 * lost and none is written twice.
 */
class GuidanceCaseRaceAcrossProcessesTest {

    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();

    private MongoDatabase database;
    private final List<Configuration> processes = new ArrayList<>();
    private CyclicBarrier bothLoaded;

    @BeforeEach
    void twoProcessesOnOneLog() {
        database = TestMongo.freshDatabase();
        bothLoaded = new CyclicBarrier(2);
        processes.add(process());
        processes.add(process());
    }

    @AfterEach
    void stop() {
        processes.forEach(Configuration::shutdown);
    }

    private Configuration process() {
        CommitLogStorageEngine engine = CommitLogStorageEngine.builder().database(database)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> SERIALIZER)
                .configureEventSerializer(c -> SERIALIZER)
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(Clock.class, c -> CLOCK)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(GuidanceCase.class))
                .buildConfiguration();
        axon.start();
        axon.commandBus().registerHandlerInterceptor(holdUntilBothHaveLoaded());
        return axon;
    }

    /** Lets a meeting command's events be appended only when the other process has loaded the case too. */
    private MessageHandlerInterceptor<CommandMessage<?>> holdUntilBothHaveLoaded() {
        return (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RecordGuidanceMeeting) {
                unitOfWork.onPrepareCommit(u -> {
                    try {
                        bothLoaded.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other process never loaded the case", e);
                    }
                });
            }
            return chain.proceed();
        };
    }

    @Test
    void twoProcessesRecordingOnOneCaseAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        processes.get(0).commandGateway().sendAndWait(GuidanceTestData.openCase().command());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 10;
        int successes = 0;
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                Configuration process = processes.get(p);
                String meetingId = "m-" + round + "-" + p;
                attempts.add(pool.submit(() -> {
                    try {
                        process.commandGateway().sendAndWait(new RecordGuidanceMeeting(GuidanceTestData.CASE_ID,
                                meetingId, GuidanceTestData.ADVISER, MeetingForm.DIGITAL, hours("0.50"),
                                GuidanceTestData.THEMES, LocalDate.of(2025, 3, 3)));
                        return true;
                    } catch (ConcurrencyException e) {
                        return false;
                    }
                }));
            }
            int wonThisRound = 0;
            for (Future<Boolean> attempt : attempts) {
                wonThisRound += attempt.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(wonThisRound).as("winners in round %s", round).isEqualTo(1);
            successes += wonThisRound;
            conflicts += 2 - wonThisRound;
            bothLoaded.reset();
        }
        pool.shutdown();

        List<Object> caseEvents = processes.get(1).eventStore().readEvents(GuidanceTestData.CASE_ID).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
        List<String> meetings = caseEvents.stream().filter(GuidanceMeetingRecorded.class::isInstance)
                .map(e -> ((GuidanceMeetingRecorded) e).meetingId()).toList();
        assertThat(conflicts).isEqualTo(rounds);
        assertThat(meetings).hasSize(successes).doesNotHaveDuplicates();
    }
}
