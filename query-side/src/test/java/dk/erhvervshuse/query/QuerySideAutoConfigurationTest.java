package dk.erhvervshuse.query;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import dk.erhvervshuse.query.api.ComplianceQueries;
import dk.erhvervshuse.query.api.DashboardChanges;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.GuidanceQueries;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.compliance.ComplianceProjection;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.api.DashboardBuilds;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** In a Spring Boot application the query side brings its projections, its queries and their processors. */
class QuerySideAutoConfigurationTest {

    private final EventProcessingConfigurer processing = mock(EventProcessingConfigurer.class);

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(QuerySideAutoConfiguration.class))
            .withBean(MongoDatabase.class, TestMongo::freshDatabase)
            .withBean("eventSerializer", Serializer.class, EventSerialization::jacksonSerializer)
            .withBean(EventProcessingConfigurer.class, () -> processing)
            .withBean(StreamableMessageSource.class, () -> mock(StreamableMessageSource.class))
            .withBean(TokenStore.class, InMemoryTokenStore::new);

    @Test
    void theApplicationGetsTheQueriesAndTheProjectionsFromTheAutoConfiguration() {
        application.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(GuidanceQueries.class);
            assertThat(context).hasSingleBean(AuditTrailQueries.class);
            assertThat(context).hasSingleBean(GuidanceViewsProjection.class);
            assertThat(context).hasSingleBean(AuditTrailProjection.class);
            assertThat(context).hasSingleBean(DashboardQueries.class);
            assertThat(context).hasSingleBean(DashboardBuilds.class);
            assertThat(context).hasSingleBean(DashboardChanges.class);
            assertThat(context).hasSingleBean(DashboardProjection.class);
            assertThat(context).hasSingleBean(ComplianceQueries.class);
            assertThat(context).hasSingleBean(ComplianceProjection.class);
            assertThat(context).hasSingleBean(QuerySideAutoConfiguration.class);
        });
    }

    @Test
    void eachProcessingGroupIsRegisteredOnceAsAPooledStreamingProcessor() {
        application.run(context -> {
            for (String group : QuerySideAutoConfiguration.PROCESSING_GROUPS) {
                verify(processing, times(1)).registerPooledStreamingEventProcessor(eq(group), any(), any());
                verify(processing, times(1)).registerListenerInvocationErrorHandler(eq(group), any());
            }
        });
    }

    @Test
    void theAutoConfigurationIsListedForSpringBootToFind() throws Exception {
        try (var imports = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(imports).isNotNull();
            assertThat(new String(imports.readAllBytes()).lines())
                    .contains(QuerySideAutoConfiguration.class.getName());
        }
    }
}
