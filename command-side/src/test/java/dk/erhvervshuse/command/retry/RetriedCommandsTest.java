package dk.erhvervshuse.command.retry;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.guidance.GuidanceCase;
import dk.erhvervshuse.events.common.AppliedCommand;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.store.CommandAlreadyApplied;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that never saw the answer to a command sends it again under the same command id: it is told what
 * the first attempt wrote, and the log holds the command's events once, whether the retry comes later or
 * races the original from another process.
 */
class RetriedCommandsTest {

    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String CASE_ID = "case-retried";

    private MongoDatabase database;
    private final List<Configuration> processes = new ArrayList<>();
    private CyclicBarrier bothLoaded;

    @BeforeEach
    void twoProcessesOnOneLog() {
        database = TestMongo.freshDatabase();
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
        axon.commandBus().registerHandlerInterceptor(new RetriedCommands(engine));
        axon.commandBus().registerHandlerInterceptor(holdUntilBothHaveLoaded());
        return axon;
    }

    /** While a race is staged, lets a command's events be appended only when the other process has loaded the case too. */
    private MessageHandlerInterceptor<CommandMessage<?>> holdUntilBothHaveLoaded() {
        return (unitOfWork, chain) -> {
            CyclicBarrier barrier = bothLoaded;
            if (barrier != null) {
                unitOfWork.onPrepareCommit(u -> {
                    try {
                        barrier.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other process never loaded the case", e);
                    }
                });
            }
            return chain.proceed();
        };
    }

    private static CommandMessage<?> withId(String commandId, Object command) {
        return new GenericCommandMessage<>(new GenericMessage<>(commandId, command, MetaData.emptyInstance()),
                command.getClass().getName());
    }

    private static Object openCase() {
        return new OpenGuidanceCase(CASE_ID, House.FYN, Office.HEAD_OFFICE, "13748136", "1012345678",
                LocalDate.of(2010, 3, 1), Segment.GROWTH, List.of(Theme.CAPITAL), LocalDate.of(2025, 1, 10));
    }

    private static Object meeting(String meetingId, String hours) {
        return new RecordGuidanceMeeting(CASE_ID, meetingId, "adviser-1", MeetingForm.DIGITAL, new BigDecimal(hours),
                List.of(Theme.CAPITAL), LocalDate.of(2025, 3, 3));
    }

    private static Object correction(String meetingId, String hours) {
        return new CorrectGuidanceMeeting(CASE_ID, meetingId, "adviser-1", MeetingForm.DIGITAL,
                new BigDecimal(hours), List.of(Theme.CAPITAL), LocalDate.of(2025, 3, 3), "hours were wrong");
    }

    /** The events the command caused: Axon's correlation data names the command on each. */
    private long eventsOf(String commandId) {
        return processes.get(1).eventStore().readEvents(CASE_ID).asStream()
                .filter(e -> commandId.equals(e.getMetaData().get("correlationId")))
                .count();
    }

    private long caseEvents() {
        return processes.get(1).eventStore().readEvents(CASE_ID).asStream().count();
    }

    @Test
    void aRetryOfARecordedMeetingIsAnsweredWithTheFirstResultNotRefusedAsADuplicateMeeting() {
        processes.get(0).commandGateway().sendAndWait(withId("open-1", openCase()));
        Object first = processes.get(0).commandGateway().sendAndWait(withId("meeting-1", meeting("m-1", "2.00")));
        long eventsAfterFirst = caseEvents();

        Object retry = processes.get(1).commandGateway().sendAndWait(withId("meeting-1", meeting("m-1", "2.00")));

        assertThat(first instanceof AppliedCommand).as("the first attempt is handled").isFalse();
        assertThat(retry).isInstanceOfSatisfying(AppliedCommand.class, applied -> {
            assertThat(applied.commandId()).isEqualTo("meeting-1");
            assertThat(applied.aggregateId()).isEqualTo(CASE_ID);
            assertThat(applied.firstPosition()).isEqualTo(2);
        });
        assertThat(caseEvents()).isEqualTo(eventsAfterFirst);
        assertThat(eventsOf("meeting-1")).isEqualTo(1);
    }

    @Test
    void aRetriedCorrectionCorrectsOnce() {
        processes.get(0).commandGateway().sendAndWait(withId("open-1", openCase()));
        processes.get(0).commandGateway().sendAndWait(withId("meeting-1", meeting("m-1", "2.00")));
        processes.get(0).commandGateway().sendAndWait(withId("correct-1", correction("m-1", "3.00")));
        long eventsAfterFirst = caseEvents();

        Object retry = processes.get(0).commandGateway().sendAndWait(withId("correct-1", correction("m-1", "3.00")));

        assertThat(retry).isInstanceOf(AppliedCommand.class);
        assertThat(caseEvents()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void aDuplicateRacingItsOriginalFromAnotherProcessWritesNothing() throws Exception {
        processes.get(0).commandGateway().sendAndWait(withId("open-1", openCase()));
        processes.get(0).commandGateway().sendAndWait(withId("meeting-1", meeting("m-1", "2.00")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int rounds = 8;
        int accepted = 0;
        int answeredAsApplied = 0;
        for (int round = 0; round < rounds; round++) {
            bothLoaded = new CyclicBarrier(2);
            String commandId = "correct-" + round;
            Object command = correction("m-1", "1." + (10 + round));
            List<Future<Object>> attempts = new ArrayList<>();
            for (Configuration process : processes) {
                attempts.add(pool.submit(() -> {
                    try {
                        return process.commandGateway().sendAndWait(withId(commandId, command));
                    } catch (CommandAlreadyApplied e) {
                        return e.applied();
                    }
                }));
            }
            for (Future<Object> attempt : attempts) {
                if (attempt.get(1, TimeUnit.MINUTES) instanceof AppliedCommand applied) {
                    assertThat(applied.commandId()).isEqualTo(commandId);
                    answeredAsApplied++;
                } else {
                    accepted++;
                }
            }
            bothLoaded = null;
            assertThat(eventsOf(commandId)).as("events of %s", commandId).isEqualTo(1);
        }
        pool.shutdown();

        System.out.printf("Duplicates racing their original across two processes: %d rounds, %d accepted, "
                + "%d answered as already applied, %d written twice%n", rounds, accepted, answeredAsApplied, 0);
        assertThat(accepted).isEqualTo(rounds);
        assertThat(answeredAsApplied).isEqualTo(rounds);
        assertThat(caseEvents()).isEqualTo(2 + rounds);
    }
}
