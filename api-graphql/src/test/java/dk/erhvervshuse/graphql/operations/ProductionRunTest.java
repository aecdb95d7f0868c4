package dk.erhvervshuse.graphql.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.graphql.RegistryApplication;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADMINISTRATOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry run as in production, from its main class: with the {@code json-logs} profile every line it writes
 * is a JSON object; with a management port of its own, Prometheus scrapes that port without credentials while
 * /actuator leaves the application's port (the probes stay there as /livez and /readyz); and stopped, it finishes
 * gracefully: its processors handle what was appended, store their position at the log's head and release their
 * segments, so that the next start (or another instance) takes them up at once.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionRunTest {

    private static final List<String> QUERY_SIDE_GROUPS = List.of("guidance-views", "audit-trail-v2", "dashboards",
            "compliance", "sealed-reports");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDirectory;

    @Test
    void runsWithJsonLogsAndAManagementPortAndStopsGracefullyWithItsProcessorsAtTheHead(CapturedOutput output)
            throws IOException {
        ConfigurableApplicationContext application = new SpringApplicationBuilder(RegistryApplication.class)
                .run("--spring.profiles.active=json-logs", "--server.port=0", "--management.server.port=0",
                        "--registry.mongo.data-directory=" + dataDirectory);
        try {
            int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            int managementPort = application.getEnvironment().getRequiredProperty("local.management.port",
                    Integer.class);
            assertThat(managementPort).isNotEqualTo(port);
            RegistryClient registry = new RegistryClient(port);
            RegistryClient management = new RegistryClient(managementPort);

            for (int i = 0; i < 3; i++) {
                registry.as(ADVISER_FYN).document(OPEN_CASE)
                        .variable("input", openCaseInput(UUID.randomUUID().toString(), "FYN", CVR)).execute()
                        .path("openGuidanceCase.caseId").hasValue();
            }

            eventually().untilAsserted(() -> {
                Prometheus page = Prometheus.parse(management.anonymous().get().uri("/actuator/prometheus")
                        .exchange().expectStatus().isOk()
                        .expectBody(String.class).returnResult().getResponseBody());
                assertThat(page.value("registry_commands_seconds_count", "command", "OpenGuidanceCase",
                        "outcome", "accepted")).isEqualTo(3);
                for (String group : QUERY_SIDE_GROUPS) {
                    assertThat(page.value("registry_projection_lag_events", "group", group)).isZero();
                }
            });
            management.anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
            management.anonymous().get().uri("/actuator/health").exchange().expectStatus().isUnauthorized();
            management.anonymous().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
            management.web(ADMINISTRATOR).get().uri("/actuator/health").exchange().expectStatus().isOk();
            registry.anonymous().get().uri("/readyz").exchange().expectStatus().isOk();
            registry.anonymous().get().uri("/livez").exchange().expectStatus().isOk();
            registry.anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
            registry.web(ADMINISTRATOR).get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        } finally {
            application.close();
        }

        List<JsonNode> lines = jsonLines(output.getOut());
        assertThat(lines).extracting(line -> line.path("message").asText())
                .anyMatch(message -> message.startsWith("Started ") && message.contains(" seconds"))
                .anyMatch(message -> message.startsWith("Commencing graceful shutdown"))
                .anyMatch(message -> message.startsWith("Graceful shutdown complete"));
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp")).isTrue());

        try (EmbeddedMongoServer store = EmbeddedMongoServer.onDisk(dataDirectory);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("erhvervshuse");
            long head = database.getCollection("event_log_head").find(new Document("_id", "head")).first()
                    .get("position", Number.class).longValue();
            assertThat(head).isGreaterThanOrEqualTo(3);
            Map<String, Document> tokens = new HashMap<>();
            for (Document token : database.getCollection("tracking_tokens").find()) {
                tokens.put(token.getString("processorName"), token);
            }
            assertThat(tokens).containsKeys(QUERY_SIDE_GROUPS.toArray(String[]::new));
            for (String group : QUERY_SIDE_GROUPS) {
                Document token = tokens.get(group);
                assertThat(token.get("owner")).as("the claim of %s is released", group).isNull();
                assertThat(positionOf(token)).as("%s handled every event before it stopped", group).isEqualTo(head);
            }
        }
    }

    /** Every line written, each of which must be a JSON object. */
    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
            lines.add(node);
        }
        return lines;
    }

    private static long positionOf(Document stored) {
        TrackingToken token = EventSerialization.jacksonSerializer().deserialize(new SimpleSerializedObject<>(
                stored.get("token", Binary.class).getData(), byte[].class, stored.getString("tokenType"), null));
        return token.position().orElseThrow();
    }
}
