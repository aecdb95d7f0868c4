package dk.erhvervshuse.query.lag;

import dk.erhvervshuse.query.api.ProjectionLag.GroupLag;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model's lag is the log's head less the position its processor has handled: none once it has caught up,
 * and, for a processor held up in a batch, the events appended since its last batch. Over an in-memory event store whose positions start
 * at 1 like the registry's.
 */
class ProcessorLagTest {

    private static final String GROUP = "tally";
    private static final String WITHOUT_PROCESSOR = "no-such-projection";

    @ProcessingGroup(GROUP)
    static class Tally {
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final Gate gate = new Gate();

        @EventHandler
        void on(String event) throws InterruptedException {
            waiting.incrementAndGet();
            gate.pass();
            waiting.decrementAndGet();
            handled.incrementAndGet();
        }
    }

    /** Holds a handler until opened, as a slow database would: the processor stays at its last batch meanwhile. */
    static final class Gate {
        private volatile CountDownLatch latch = new CountDownLatch(0);

        void close() {
            latch = new CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        void pass() throws InterruptedException {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate was never opened");
            }
        }
    }

    private final Tally tally = new Tally();
    private Configuration axon;
    private ProcessorLag lag;

    @BeforeEach
    void startAxon() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine(1));
        configurer.eventProcessing(processing -> processing
                .registerEventHandler(c -> tally)
                .registerPooledStreamingEventProcessor(GROUP, Configuration::eventStore,
                        (c, builder) -> builder.batchSize(10).initialSegmentCount(1)));
        axon = configurer.buildConfiguration();
        axon.start();
        lag = new ProcessorLag(List.of(GROUP, WITHOUT_PROCESSOR), axon.eventStore(), group -> axon
                .eventProcessingConfiguration().eventProcessor(group, StreamingEventProcessor.class));
    }

    @AfterEach
    void stopAxon() {
        tally.gate.open();
        axon.shutdown();
    }

    private void append(int events) {
        for (int i = 0; i < events; i++) {
            axon.eventStore().publish(GenericEventMessage.asEventMessage("event " + i));
        }
    }

    private GroupLag tallyLag() {
        return lag.current().get(0);
    }

    @Test
    void aProcessorThatHasHandledEveryEventHasNoLag() {
        append(3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tallyLag())
                .isEqualTo(new GroupLag(GROUP, 3, 3L, true, true, null)));
        assertThat(tallyLag().lag()).isZero();
        assertThat(tally.handled).hasValue(3);
    }

    @Test
    void aProcessorThatFallsBehindLagsByTheEventsAppendedSinceItsLastBatch() {
        append(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(0).equals(tallyLag().lag()));
        tally.gate.close();
        append(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> tally.waiting.get() == 1);
        append(3);

        GroupLag behind = tallyLag();
        assertThat(behind.headPosition()).isEqualTo(5);
        assertThat(behind.position()).isEqualTo(1);
        assertThat(behind.lag()).isEqualTo(4);
        assertThat(behind.running()).isTrue();

        tally.gate.open();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tallyLag().lag()).isZero());
    }

    @Test
    void aStoppedProcessorIsListedAsNotRunningWithNoLagToTell() {
        append(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(0).equals(tallyLag().lag()));

        axon.eventProcessingConfiguration().eventProcessor(GROUP, StreamingEventProcessor.class).orElseThrow()
                .shutDown();
        append(2);

        GroupLag stopped = tallyLag();
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.headPosition()).isEqualTo(5);
        assertThat(stopped.inError()).isFalse();
    }

    @Test
    void aGroupWithoutAProcessorHereIsListedWithoutALag() {
        append(1);

        GroupLag missing = lag.current().get(1);

        assertThat(missing.processingGroup()).isEqualTo(WITHOUT_PROCESSOR);
        assertThat(missing.headPosition()).isEqualTo(1);
        assertThat(missing.claimedHere()).isFalse();
        assertThat(missing.running()).isFalse();
        assertThat(missing.lag()).isNull();
    }

    @Test
    void anEmptyLogHasItsHeadAtZero() {
        assertThat(lag.current()).extracting(GroupLag::headPosition).containsExactly(0L, 0L);
    }
}
