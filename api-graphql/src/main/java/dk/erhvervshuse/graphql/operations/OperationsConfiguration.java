package dk.erhvervshuse.graphql.operations;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.ParkedEvents;
import dk.erhvervshuse.query.api.ProjectionLag;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health and metrics of the running registry. The health indicators are named by their beans: {@code mongo} and
 * {@code projections}, which the readiness group (application.yml) includes beside Spring Boot's own
 * {@code readinessState}; liveness stays Spring Boot's {@code livenessState} alone, so that a database outage or a
 * lagging read model takes the instance out of traffic and never gets it restarted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadinessProperties.class)
class OperationsConfiguration {

    @Bean
    MongoHealthIndicator mongoHealthIndicator(MongoDatabase database, ReadinessProperties readiness) {
        return new MongoHealthIndicator(database, readiness.mongoTimeout());
    }

    @Bean
    ProjectionsHealthIndicator projectionsHealthIndicator(ProjectionLag projectionLag, ReadinessProperties readiness) {
        return new ProjectionsHealthIndicator(projectionLag, readiness.maxLag(), readiness.mongoTimeout());
    }

    @Bean
    AxonMeterFilter axonMeterFilter() {
        return new AxonMeterFilter();
    }

    @Bean
    RegistryMeters registryMeters(ProjectionLag projectionLag, ParkedEvents parkedEvents, DashboardBuilds builds) {
        return new RegistryMeters(projectionLag, parkedEvents, builds);
    }
}
