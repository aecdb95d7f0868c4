package dk.erhvervshuse.command;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Brings the command side into the application: its aggregates ({@code @Aggregate} is a Spring stereotype)
 * and policies are found by scanning, because the application class lives in another package. Event
 * storage, serializers and token stores are the application's to configure.
 */
@AutoConfiguration
@ComponentScan(basePackages = "dk.erhvervshuse.command", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class CommandSideAutoConfiguration {

    /** Events after this many since the last snapshot make a new one; a case rarely reaches it, a long one does. */
    static final int GUIDANCE_CASE_SNAPSHOT_THRESHOLD = 50;

    static final String TWENTY_HOUR_POLICY = "twenty-hour-policy";

    /** "Today" for every business-date rule; replaceable by a fixed clock in tests and demos. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(ZoneId.of("Europe/Copenhagen"));
    }

    /**
     * The 20-hour policy runs as a pooled streaming processor with a stored token, so no meeting's hours are
     * lost across a restart, and with errors propagated, so a failed count is retried rather than logged
     * and skipped. One segment: counts for one company's ledger then arrive in log order.
     */
    @Autowired
    public void configure(ObjectProvider<EventProcessingConfigurer> processors) {
        processors.ifAvailable(CommandSideAutoConfiguration::configureProcessors);
    }

    /** Registers the command side's processors; also for applications and tests that configure Axon without Spring. */
    public static void configureProcessors(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessor(TWENTY_HOUR_POLICY, Configuration::eventStore,
                (configuration, builder) -> builder.batchSize(20).initialSegmentCount(1));
        processing.registerListenerInvocationErrorHandler(TWENTY_HOUR_POLICY,
                configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    public SnapshotTriggerDefinition guidanceCaseSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, GUIDANCE_CASE_SNAPSHOT_THRESHOLD);
    }
}
