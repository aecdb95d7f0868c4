package dk.erhvervshuse.command;

import dk.erhvervshuse.command.contract.ResultContract;
import dk.erhvervshuse.command.delivery.AwarenessSurveyDeliveries;
import dk.erhvervshuse.command.delivery.CompanyAccountsDeliveries;
import dk.erhvervshuse.command.delivery.ControlGroupGrowthDeliveries;
import dk.erhvervshuse.command.guidance.CompanyHoursLedger;
import dk.erhvervshuse.command.guidance.GuidanceCase;
import dk.erhvervshuse.command.guidance.TwentyHourPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class CommandSideAutoConfigurationTest {

    private final Snapshotter snapshotter = mock(Snapshotter.class);

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CommandSideAutoConfiguration.class))
            .withBean(Snapshotter.class, () -> snapshotter)
            .withBean(CommandGateway.class, () -> mock(CommandGateway.class));

    @Test
    void isRegisteredAsAnAutoConfigurationSoTheApplicationNeedsNoScanOfItsOwn() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(CommandSideAutoConfiguration.class.getName());
    }

    @Test
    void findsTheAggregatesAndTheTwentyHourPolicyInTheCommandPackage() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(TwentyHourPolicy.class);
            assertThat(context.getBeanNamesForType(GuidanceCase.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(CompanyHoursLedger.class)).hasSize(1);
        });
    }

    @Test
    void findsTheResultContractAndTheDeliveryAggregatesByTheSameScan() {
        contextRunner.run(context -> {
            assertThat(context.getBeanNamesForType(ResultContract.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(AwarenessSurveyDeliveries.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(CompanyAccountsDeliveries.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(ControlGroupGrowthDeliveries.class)).hasSize(1);
        });
    }

    @Test
    void tellsTodayInCopenhagenUnlessTheApplicationBringsItsOwnClock() {
        contextRunner.run(context -> assertThat(context.getBean(Clock.class).getZone())
                .isEqualTo(ZoneId.of("Europe/Copenhagen")));

        Clock fixed = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
        contextRunner.withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }

    @Test
    void snapshotsAGuidanceCaseEvery50Events() {
        contextRunner.run(context -> {
            SnapshotTrigger trigger = context.getBean("guidanceCaseSnapshotTrigger", SnapshotTriggerDefinition.class)
                    .prepareTrigger(GuidanceCase.class);

            for (long sequence = 0; sequence < 49; sequence++) {
                trigger.eventHandled(event(sequence));
            }
            verifyNoInteractions(snapshotter);

            trigger.eventHandled(event(49));
            verify(snapshotter).scheduleSnapshot(GuidanceCase.class, "case-1");
        });
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("GuidanceCase", "case-1", sequence, "payload");
    }
}
