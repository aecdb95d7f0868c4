package dk.erhvervshuse.graphql.operations;

import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADMINISTRATOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.RECORD_MEETING;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.meetingInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and an orchestrator see of the running registry: the probes answer without a login, readiness
 * goes OUT_OF_SERVICE while a read model is further behind the log than the limit (here 2 events, with the
 * compliance projection held up in a batch) and comes back once it catches up; health details and Prometheus' page
 * are for operators only, and the page counts the commands sent through GraphQL by type and outcome, the events
 * appended by type, and shows each read model's lag and parked events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "registry.readiness.max-lag=" + OperationsEndpointsTest.MAX_LAG)
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OperationsEndpointsTest {

    static final int MAX_LAG = 2;
    private static final List<String> QUERY_SIDE_GROUPS = List.of("guidance-views", "audit-trail-v2", "dashboards",
            "compliance", "sealed-reports");

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    /** Stands for a compliance read model held up in a batch (a slow database, say) while cases keep being opened. */
    @ProcessingGroup("compliance")
    static class SlowCompliance {
        final AtomicInteger waiting = new AtomicInteger();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        @EventHandler
        void on(GuidanceCaseOpened opened) throws InterruptedException {
            waiting.incrementAndGet();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the compliance projection was never let go");
                }
            } finally {
                waiting.decrementAndGet();
            }
        }

        void holdUp() {
            gate = new CountDownLatch(1);
        }

        void letGo() {
            gate.countDown();
        }
    }

    @TestConfiguration
    static class Slowness {
        @Bean
        SlowCompliance slowCompliance() {
            return new SlowCompliance();
        }
    }

    @Autowired
    SlowCompliance slowCompliance;

    @LocalServerPort
    int port;

    private RegistryClient registry;
    private HttpGraphQlTester adviser;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
        adviser = registry.as(ADVISER_FYN);
    }

    @AfterEach
    void letComplianceGo() {
        slowCompliance.letGo();
    }

    @Test
    void theProbesAnswerUpWithoutALoginAndTellNothingMore() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz")) {
            eventually().untilAsserted(() -> assertThat(registry.anonymous().get().uri(probe).exchange()
                    .expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody())
                    .isEqualTo(Map.of("status", "UP")));
        }
    }

    @Test
    void healthDetailsAreForOperatorsOnly() {
        registry.anonymous().get().uri("/actuator/health").exchange().expectStatus().isUnauthorized();
        registry.web(ADVISER_FYN).get().uri("/actuator/health").exchange().expectStatus().isForbidden();
        registry.web(AUDITOR).get().uri("/actuator/health").exchange().expectStatus().isForbidden();

        for (String operator : List.of(ADMINISTRATOR, ANALYST)) {
            eventually().untilAsserted(() -> {
                Map<String, Object> readiness = health(registry.web(operator), "/actuator/health/readiness");
                assertThat(readiness).containsEntry("status", "UP");
                assertThat(component(readiness, "mongo")).containsEntry("status", "UP");
                Map<String, Object> projections = component(readiness, "projections");
                assertThat(projections).containsEntry("status", "UP");
                assertThat(details(projections)).containsEntry("maxLag", MAX_LAG);
                assertThat(groups(projections)).containsOnlyKeys(QUERY_SIDE_GROUPS);
            });
        }
    }

    @Test
    void readinessGoesOutOfServiceWhileAReadModelLagsBeyondTheLimitAndComesBackWhenItCatchesUp() {
        slowCompliance.holdUp();
        openCase(UUID.randomUUID().toString());
        eventually().until(() -> slowCompliance.waiting.get() == 1);
        for (int i = 0; i < MAX_LAG + 1; i++) {
            openCase(UUID.randomUUID().toString());
        }

        eventually().untilAsserted(() -> {
            Map<String, Object> readiness = health(registry.web(ADMINISTRATOR), "/actuator/health/readiness");
            assertThat(readiness).containsEntry("status", "OUT_OF_SERVICE");
            Map<String, Object> compliance = group(component(readiness, "projections"), "compliance");
            assertThat(compliance).containsEntry("state", "LAGGING");
            assertThat(((Number) compliance.get("lag")).longValue()).isGreaterThan(MAX_LAG);
            assertThat(group(component(readiness, "projections"), "guidance-views")).containsEntry("state",
                    "FOLLOWING");
        });
        assertThat(registry.anonymous().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody(Map.class).returnResult().getResponseBody())
                .isEqualTo(Map.of("status", "OUT_OF_SERVICE"));
        registry.anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        slowCompliance.letGo();

        eventually().untilAsserted(() -> {
            Map<String, Object> readiness = health(registry.web(ADMINISTRATOR), "/actuator/health/readiness");
            assertThat(readiness).containsEntry("status", "UP");
            assertThat(group(component(readiness, "projections"), "compliance"))
                    .containsEntry("state", "FOLLOWING").containsEntry("lag", 0);
        });
    }

    @Test
    void prometheusPageIsForOperatorsOnly() {
        registry.anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        registry.web(ADVISER_FYN).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        registry.web(AUDITOR).get().uri("/actuator/prometheus").exchange().expectStatus().isForbidden();
        registry.web(ANALYST).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        registry.web(ADMINISTRATOR).get().uri("/actuator/metrics").exchange().expectStatus().isOk();
    }

    @Test
    void prometheusCountsCommandsByTypeAndOutcomeAndEventsByTypeAndShowsLagAndParkedEvents() {
        Prometheus before = scrape();
        String caseId = UUID.randomUUID().toString();
        String commandId = UUID.randomUUID().toString();
        Map<String, Object> open = new java.util.HashMap<>(openCaseInput(caseId, "FYN", CVR));
        open.put("commandId", commandId);
        adviser.document(OPEN_CASE).variable("input", open).execute().path("openGuidanceCase.caseId").hasValue();
        adviser.document(OPEN_CASE).variable("input", open).execute().path("openGuidanceCase.caseId").hasValue();
        adviser.document(RECORD_MEETING).variable("input", meetingInput(caseId, "m-1", "1.5", today().minusDays(2)))
                .execute().path("recordGuidanceMeeting.meetingId").hasValue();
        adviser.document(RECORD_MEETING).variable("input", meetingInput(caseId, "m-1", "1.5", today().minusDays(1)))
                .execute().errors().expect(error -> true).verify();

        eventually().untilAsserted(() -> {
            Prometheus after = scrape();
            assertThat(after.increase("registry_commands_seconds_count", "command", "OpenGuidanceCase",
                    "outcome", "accepted", before)).isEqualTo(1);
            assertThat(after.increase("registry_commands_seconds_count", "command", "OpenGuidanceCase",
                    "outcome", "already_applied", before)).isEqualTo(1);
            assertThat(after.increase("registry_commands_seconds_count", "command", "RecordGuidanceMeeting",
                    "outcome", "accepted", before)).isEqualTo(1);
            assertThat(after.increase("registry_commands_seconds_count", "command", "RecordGuidanceMeeting",
                    "outcome", "refused", before)).isEqualTo(1);
            assertThat(after.value("registry_commands_seconds_sum", "command", "OpenGuidanceCase",
                    "outcome", "accepted")).isPositive();
            assertThat(after.increase(EVENTS_APPENDED, "payloadType", "GuidanceCaseOpened", before)).isEqualTo(1);
            assertThat(after.increase(EVENTS_APPENDED, "payloadType", "GuidanceMeetingRecorded", before)).isEqualTo(1);
            for (String group : QUERY_SIDE_GROUPS) {
                assertThat(after.value("registry_projection_lag_events", "group", group)).isZero();
            }
            for (String group : QUERY_SIDE_GROUPS) {
                assertThat(after.value("registry_deadletters_parked_events", "group", group)).isZero();
                assertThat(after.value("registry_deadletters_sequences", "group", group)).isZero();
            }
            assertThat(after.has("eventProcessor_latency", "processorName", "dashboards")).isTrue();
            assertThat(after.has("eventStore_successTimer_seconds", "quantile", "0.5"))
                    .as("Axon's timers without client-side percentiles, which no query can add up across instances")
                    .isFalse();
            assertThat(after.value("registry_dashboard_build_progress_ratio", "build", "v1")).isEqualTo(1.0);
        });
    }

    /** Axon's count of the events the event store committed, by event type (axon-micrometer, dimensional). */
    private static final String EVENTS_APPENDED = "eventStore_successTimer_seconds_count";

    private void openCase(String caseId) {
        adviser.document(OPEN_CASE).variable("input", openCaseInput(caseId, "FYN", CVR)).execute()
                .path("openGuidanceCase.caseId").hasValue();
    }

    private Prometheus scrape() {
        String page = registry.web(ADMINISTRATOR).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return Prometheus.parse(page);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> health(WebTestClient client, String path) {
        return client.get().uri(path).exchange().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> component(Map<String, Object> health, String name) {
        return (Map<String, Object>) ((Map<String, Object>) health.get("components")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Map<String, Object> component) {
        return (Map<String, Object>) component.get("details");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> groups(Map<String, Object> projections) {
        return (Map<String, Object>) details(projections).get("groups");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(Map<String, Object> projections, String group) {
        return (Map<String, Object>) groups(projections).get(group);
    }
}
