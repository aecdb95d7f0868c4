package dk.erhvervshuse.query;

import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.compliance.ComplianceProjection;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.report.SealedReportProjection;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.lag.ProcessorLag;
import dk.erhvervshuse.query.dashboard.DashboardChangeHub;
import dk.erhvervshuse.query.rebuild.DashboardBuildRunner;
import dk.erhvervshuse.query.rebuild.DefaultBuildDashboards;
import dk.erhvervshuse.query.api.ProcessingStatus;
import dk.erhvervshuse.query.processing.ProcessingInstances;
import dk.erhvervshuse.query.processing.ProcessingProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The query side in a Spring Boot application: its projections and query beans, and the processors
 * that feed the projections. It expects a {@code com.mongodb.client.MongoDatabase} bean for the read
 * models, and Axon's event store, event serializer ({@code eventSerializer}) and token store from the
 * application.
 * <p>
 * Each processing group runs as a pooled streaming processor taking batches of {@value #BATCH_SIZE}
 * events (Axon's default is 1, which would cost a round trip per event), and lets a failing handler fail
 * its batch (Axon's default logs and moves on, which would leave a view silently behind the log): the
 * batch is rolled back and delivered again, which the projections' position guards make safe.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties(ProcessingProperties.class)
@ComponentScan(basePackages = "dk.erhvervshuse.query", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class QuerySideAutoConfiguration {

    /** Events per batch: one read and one write per collection for each. */
    public static final int BATCH_SIZE = 200;

    /** The processing groups of the query side, one processor each. */
    public static final List<String> PROCESSING_GROUPS = List.of(GuidanceViewsProjection.PROCESSING_GROUP,
            AuditTrailProjection.PROCESSING_GROUP, DashboardProjection.PROCESSING_GROUP,
            ComplianceProjection.PROCESSING_GROUP, SealedReportProjection.PROCESSING_GROUP);

    /**
     * The groups that may run in several segments at once, on several instances: every document they write belongs
     * to one sequence of {@code ReadModelSequencingPolicy}, so two segments never write the same document. The case
     * view is its case's and the company view its company's (a case's company is never changed), both in the
     * company's sequence; a sealed report's seal is its event's and its index the report's, in the report's stream.
     * <p>
     * The others stay in one segment, a single writer: the audit trail's index chunks gather the positions of many
     * companies, the compliance views a house-year's cases, the dashboards' tallies and roll-ups many companies,
     * contracts and deliveries. Each is loaded, changed and written whole by its batch, and each document's position
     * guard assumes the events come in log order; two segments would each write them without the other's changes.
     */
    public static final List<String> PER_SEQUENCE_GROUPS = List.of(GuidanceViewsProjection.PROCESSING_GROUP,
            SealedReportProjection.PROCESSING_GROUP);

    /**
     * The dashboard builds: definition sets built side by side from the log, promoted, bounded to a past moment.
     * A build's processor takes batches of {@code registry.dashboards.build-batch-size} events (default 500): a
     * build reads the whole log, and each batch ends with its derived documents written once.
     */
    @Bean
    public DashboardBuildRunner dashboardBuilds(MongoDatabase database,
                                                StreamableMessageSource<TrackedEventMessage<?>> eventStore,
                                                TokenStore tokenStore, DashboardChangeHub changes,
                                                ObjectProvider<Configuration> axon, ObjectProvider<Clock> clock,
                                                @Value("${registry.dashboards.build-batch-size:500}") int batchSize) {
        return new DashboardBuildRunner(database, eventStore, tokenStore, changes,
                clock.getIfAvailable(Clock::systemUTC), batchSize,
                name -> Optional.ofNullable(axon.getIfAvailable()).flatMap(configuration ->
                        configuration.eventProcessingConfiguration().eventProcessor(name,
                                StreamingEventProcessor.class)));
    }

    /** How far each of the query side's read models is behind the log, for readiness and metrics. */
    @Bean
    public ProjectionLag projectionLag(StreamableMessageSource<TrackedEventMessage<?>> eventStore,
                                       ObjectProvider<Configuration> axon) {
        return new ProcessorLag(PROCESSING_GROUPS, eventStore,
                name -> Optional.ofNullable(axon.getIfAvailable()).flatMap(configuration ->
                        configuration.eventProcessingConfiguration().eventProcessor(name,
                                StreamingEventProcessor.class)));
    }

    /** The dashboards of the default build, which {@code dashboard} answers with when no build is named. */
    @Bean
    public DashboardQueries dashboardQueries(DashboardBuilds builds) {
        return new DefaultBuildDashboards(builds);
    }

    /** The instances sharing the processors on this database, and what this one projects ({@link ProcessingStatus}). */
    @Bean
    public static ProcessingInstances processingInstances(MongoDatabase database, TokenStore tokenStore,
                                                   ProcessingProperties properties, ObjectProvider<Configuration> axon) {
        return new ProcessingInstances(database, tokenStore, properties,
                name -> Optional.ofNullable(axon.getIfAvailable()).flatMap(configuration ->
                        configuration.eventProcessingConfiguration().eventProcessor(name,
                                StreamingEventProcessor.class)),
                Clock.systemUTC());
    }

    @Autowired
    public void configure(EventProcessingConfigurer processing, ProcessingProperties properties,
                          ProcessingInstances instances) {
        configureProcessors(processing, properties, instances);
    }

    /**
     * Registers the query side's processors, one instance, one segment each; also for applications and tests that
     * configure Axon without Spring.
     */
    public static void configureProcessors(EventProcessingConfigurer processing) {
        configureProcessors(processing, ProcessingProperties.defaults(), null);
    }

    /**
     * Registers the query side's processors with their segments ({@code registry.processing.segments}), shared out
     * between the instances present by {@code instances} (none: this instance takes every segment it can).
     */
    public static void configureProcessors(EventProcessingConfigurer processing, ProcessingProperties properties,
                                           ProcessingInstances instances) {
        properties.check(PROCESSING_GROUPS, PER_SEQUENCE_GROUPS);
        for (String group : PROCESSING_GROUPS) {
            int segments = properties.segmentsOf(group);
            if (instances != null) {
                instances.manage(group, segments);
            }
            registerPooledProcessor(processing, group, (configuration, builder) -> {
                builder.initialSegmentCount(segments)
                        .tokenClaimInterval(properties.tokenClaimInterval().toMillis())
                        .claimExtensionThreshold(properties.claimExtensionThreshold().toMillis());
                return instances == null ? builder.maxClaimedSegments(properties.maxClaimedSegments())
                        : instances.shareOut(builder);
            });
        }
    }

    /**
     * Builds another definition set's dashboards side by side with those of {@code v1}: the projection
     * instance (with its own {@code DashboardNamespace}) is assigned to its own processing group
     * ({@link DashboardProjection#processingGroupOf}), which replays the whole log from the start into its own
     * collections. An explicit assignment outranks the {@code @ProcessingGroup} annotation of the class.
     */
    public static void configureSideBySide(EventProcessingConfigurer processing, DashboardProjection projection) {
        String group = DashboardProjection.processingGroupOf(projection.definitions());
        processing.registerEventHandler(configuration -> projection);
        processing.assignHandlerInstancesMatching(group, Integer.MAX_VALUE, instance -> instance == projection);
        registerPooledProcessor(processing, group);
    }

    private static void registerPooledProcessor(EventProcessingConfigurer processing, String group) {
        registerPooledProcessor(processing, group, (configuration, builder) -> builder.initialSegmentCount(1));
    }

    private static void registerPooledProcessor(EventProcessingConfigurer processing, String group,
                                                EventProcessingConfigurer.PooledStreamingProcessorConfiguration more) {
        processing.registerPooledStreamingEventProcessor(group, Configuration::eventStore,
                (configuration, builder) -> more.apply(configuration, builder.batchSize(BATCH_SIZE)));
        processing.registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance());
    }
}
