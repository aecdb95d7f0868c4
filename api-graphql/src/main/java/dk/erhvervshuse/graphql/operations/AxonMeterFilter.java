package dk.erhvervshuse.graphql.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

import java.util.Set;

/**
 * Axon's timers (axon-micrometer) come with six client-side percentiles each, per message type and outcome: most
 * of Prometheus' page, and figures no query can add up across instances. Their counts, sums and maxima stay.
 */
class AxonMeterFilter implements MeterFilter {

    /** The prefixes axon-micrometer names its meters with. */
    static final Set<String> AXON_METERS = Set.of("commandBus.", "eventStore.", "eventProcessor.", "queryBus.",
            "queryUpdateEmitter.");

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (AXON_METERS.stream().noneMatch(id.getName()::startsWith)) {
            return config;
        }
        return DistributionStatisticConfig.builder().percentiles(new double[0]).build().merge(config);
    }
}
