package dk.erhvervshuse.query.processing;

import dk.erhvervshuse.query.QuerySideAutoConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the projections whose documents each belong to one sequence may be split into several segments. */
class ProcessingPropertiesTest {

    private static void check(Map<String, Integer> segments) {
        new ProcessingProperties(segments, null, null, null, null, "a")
                .check(QuerySideAutoConfiguration.PROCESSING_GROUPS, QuerySideAutoConfiguration.PER_SEQUENCE_GROUPS);
    }

    @Test
    void theCaseAndCompanyViewsAndTheSealedReportsMayBeSplit() {
        check(Map.of("guidance-views", 8, "sealed-reports", 2, "dashboards", 1));

        assertThat(new ProcessingProperties(Map.of("guidance-views", 8), null, null, null, null, "a")
                .segmentsOf("guidance-views")).isEqualTo(8);
    }

    @Test
    void aProjectionWhoseDocumentsGatherManyCompaniesIsRefusedASecondSegment() {
        for (String group : new String[]{"dashboards", "audit-trail-v2", "compliance"}) {
            assertThatThrownBy(() -> check(Map.of(group, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("registry.processing.segments." + group + ": must be 1, was 2");
        }
    }

    @Test
    void anUnknownGroupOrACountBelowOneIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> check(Map.of("guidance-view", 2)))
                .hasMessageStartingWith("registry.processing.segments.guidance-view: there is no processing group");
        assertThatThrownBy(() -> check(Map.of("guidance-views", 0)))
                .hasMessage("registry.processing.segments.guidance-views: at least 1, was 0");
        assertThatThrownBy(() -> new ProcessingProperties(null, 0, null, null, null, null))
                .hasMessage("registry.processing.max-claimed-segments: at least 1, was 0");
        assertThatThrownBy(() -> new ProcessingProperties(null, null, null, null, Duration.ofMillis(10), null))
                .hasMessageStartingWith("registry.processing.claim-timeout: at least 1s");
    }

    @Test
    void withNothingConfiguredThereIsOneSegmentEachAndTheInstanceIsNamedAsAxonNamesIt() {
        ProcessingProperties defaults = ProcessingProperties.defaults();

        assertThat(QuerySideAutoConfiguration.PROCESSING_GROUPS).allSatisfy(group ->
                assertThat(defaults.segmentsOf(group)).isEqualTo(1));
        assertThat(defaults.instanceId()).isEqualTo(java.lang.management.ManagementFactory.getRuntimeMXBean().getName());
        assertThat(defaults.claimTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.balance()).isTrue();
    }
}
