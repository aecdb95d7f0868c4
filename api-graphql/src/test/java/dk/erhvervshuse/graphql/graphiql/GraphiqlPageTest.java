package dk.erhvervshuse.graphql.graphiql;

import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works without internet access: the page and every script it loads come from the application. It is a
 * developer's tool, served in the dev profile (production serves neither it nor introspection: see the
 * hostile-input suite).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GraphiqlPageTest {

    private static final List<String> ASSETS = List.of(
            "/webjars/react/18.3.1/umd/react.production.min.js",
            "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js",
            "/webjars/graphiql/2.4.7/graphiql.min.js",
            "/webjars/graphiql/2.4.7/graphiql.min.css");

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void theGraphiqlPageIsServedWithoutLoginAndLoadsOnlyTheApplicationsOwnScripts() {
        String html = anonymous().get().uri("/graphiql")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).contains(ASSETS).contains("'/graphql'", "credentials: 'same-origin'").doesNotContain("https://", "http://");
    }

    @Test
    void everyScriptAndStyleTheGraphiqlPageLoadsIsServed() {
        for (String asset : ASSETS) {
            anonymous().get().uri(asset).exchange().expectStatus().isOk();
        }
    }

    @Test
    void theReadinessProbeIsOpenAndTheSchemaIsNot() {
        anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        anonymous().get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient anonymous() {
        return new RegistryClient(port).anonymous();
    }
}
