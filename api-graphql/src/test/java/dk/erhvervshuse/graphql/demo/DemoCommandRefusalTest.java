package dk.erhvervshuse.graphql.demo;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.history.HistoryGenerator;
import dk.erhvervshuse.command.history.HistoryOptions;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.demo.DemoProgress.State;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the loader does with a command the command side refuses, and with settings it cannot load: the command side
 * here is a stand-in that refuses every user evaluation, so that nothing but the loader's own behaviour is at stake.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoCommandRefusalTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final DemoProperties SMALL = new DemoProperties(true, 7L, 12, 2025, 2025, null);

    private final List<CommandMessage<?>> sent = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aRefusedCommandIsLoggedWithItsRuleAndTheLoadGoesOn(CapturedOutput output) {
        DemoHistoryLoader loader = loader(SMALL);
        HistoryOptions options = new HistoryOptions(7, 2025, 2025, 12, TODAY);
        long evaluations = HistoryGenerator.stream(options)
                .filter(scripted -> scripted.command() instanceof RecordUserEvaluation).count();
        long total = HistoryGenerator.stream(options).count();

        DemoProgress progress = run(loader);

        assertThat(evaluations).isPositive();
        assertThat(progress.state()).isEqualTo(State.DONE);
        assertThat(progress.refused()).isEqualTo(evaluations);
        assertThat(progress.appliedNow()).isEqualTo(total - evaluations);
        assertThat(sent).hasSize((int) total);
        assertThat(output.getOut()).contains("refused by rule recommendScore.range on recommendScore")
                .contains("Demo history loaded: " + total + " commands (" + (total - evaluations) + " applied now, 0 "
                        + "already in the log, " + evaluations + " refused)");
    }

    @Test
    void eachCommandIsSentUnderItsIdWithItsSendersAuditMetadata() {
        run(loader(SMALL));

        assertThat(sent).isNotEmpty();
        assertThat(sent.get(0).getIdentifier()).isEqualTo("demo-7-12-2025-2025-0");
        assertThat(sent.get(sent.size() - 1).getIdentifier()).isEqualTo("demo-7-12-2025-2025-" + (sent.size() - 1));
        assertThat(sent).allSatisfy(message -> assertThat(message.getMetaData()).containsKeys("userId", "role"));
    }

    @Test
    void aHistoryReachingPastTodayIsNotLoaded() {
        DemoProgress progress = run(loader(new DemoProperties(true, 7L, 12, 2025, 2025, TODAY.plusDays(1))));

        assertThat(progress.state()).isEqualTo(State.REFUSED);
        assertThat(progress.reason()).contains("registry.demo.until 2026-07-01 is after today, 2026-06-30");
        assertThat(sent).isEmpty();
    }

    private DemoHistoryLoader loader(DemoProperties properties) {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any())).thenAnswer(invocation -> {
            CommandMessage<?> message = invocation.getArgument(0);
            sent.add(message);
            if (message.getPayload() instanceof RecordUserEvaluation) {
                throw new InvalidInput("recommendScore", "recommendScore.range", "a score is 0 to 10");
            }
            return null;
        });
        EventStore emptyLog = mock(EventStore.class);
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(COPENHAGEN).toInstant(), COPENHAGEN);
        BusinessCalendar calendar = new BusinessCalendar(
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
        return new DemoHistoryLoader(properties, gateway, emptyLog, commandId -> Optional.empty(),
                new StaticListableBeanFactory().getBeanProvider(Configuration.class), calendar);
    }

    private static DemoProgress run(DemoHistoryLoader loader) {
        loader.startWhenReady();
        await().atMost(Duration.ofSeconds(30)).until(() -> loader.progress().ended());
        return loader.progress();
    }
}
