package dk.erhvervshuse.graphql.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an instance projects is for the registry's operators: they see the instances present, the segments this
 * one holds of each processor and the events each projection applied here; no one else sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "registry.processing.instance-id=the-only-one", "registry.processing.segments.guidance-views=2"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProcessingEndpointTest {

    private static final String PATH = "/actuator/processing";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anOperatorSeesTheInstancesAndTheSegmentsThisOneHolds() {
        RegistryClient client = new RegistryClient(port);

        eventually().untilAsserted(() -> {
            JsonNode status = new ObjectMapper().readTree(client.web(RegistryClient.ADMINISTRATOR).get().uri(PATH)
                    .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
            assertThat(status.get("instanceId").asText()).isEqualTo("the-only-one");
            assertThat(status.get("liveInstances").toString()).isEqualTo("[\"the-only-one\"]");
            List<String> processors = new ArrayList<>();
            for (JsonNode processor : status.get("processors")) {
                processors.add(processor.get("processor").asText());
                assertThat(processor.get("claimedSegments")).as(processor.toString())
                        .hasSize(processor.get("segments").asInt());
            }
            assertThat(processors).containsExactly("guidance-views", "audit-trail-v2", "dashboards", "compliance",
                    "sealed-reports");
            assertThat(status.get("processors").get(0).get("segments").asInt()).isEqualTo(2);
        });
    }

    @Test
    void noOneButAnOperatorSeesIt() {
        RegistryClient client = new RegistryClient(port);

        for (String user : List.of(RegistryClient.ADVISER_FYN, RegistryClient.MANAGER_FYN, RegistryClient.AUDITOR,
                RegistryClient.ANALYST)) {
            client.web(user).get().uri(PATH).exchange().expectStatus().isForbidden();
        }
        client.anonymous().get().uri(PATH).exchange().expectStatus().isUnauthorized();
    }
}
