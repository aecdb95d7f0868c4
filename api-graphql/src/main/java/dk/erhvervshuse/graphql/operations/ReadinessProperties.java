package dk.erhvervshuse.graphql.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When the registry says it is ready for traffic ({@code /actuator/health/readiness}).
 *
 * @param maxLag       the most events a read model may be behind the log's head while the instance stays ready.
 *                     1,000 by default: five of a processor's batches, which the slowest projection (the dashboards,
 *                     some 700 events/s where measured) works off in about a second and a half, so a healthy
 *                     processor passes it only for a moment during a burst of appends, while at the registry's
 *                     everyday pace (a year is some 150,000 events) it is hours of recording: reads that stale are
 *                     not served. A read model replayed from the start keeps the instance out of service until it is
 *                     within the limit.
 * @param mongoTimeout how long the MongoDB {@code ping}, and reading the log's head for the lag, may take before
 *                     MongoDB counts as unreachable (DOWN)
 */
@ConfigurationProperties("registry.readiness")
public record ReadinessProperties(@DefaultValue("1000") long maxLag, @DefaultValue("2s") Duration mongoTimeout) {

    public ReadinessProperties {
        if (maxLag < 0) {
            throw new IllegalArgumentException("registry.readiness.max-lag must be 0 or more events, was " + maxLag);
        }
        if (mongoTimeout == null || mongoTimeout.isNegative() || mongoTimeout.isZero()) {
            throw new IllegalArgumentException("registry.readiness.mongo-timeout must be a positive duration, was "
                    + mongoTimeout);
        }
    }
}
