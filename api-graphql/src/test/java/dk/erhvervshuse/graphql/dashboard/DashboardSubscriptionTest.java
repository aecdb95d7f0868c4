package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.graphql.support.Dashboards;
import dk.erhvervshuse.graphql.support.Dashboards.Dashboard;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.Disposable;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard over WebSocket: a house's new dashboard arrives when a meeting changes it, and the
 * WebSocket endpoint, like /graphql, admits only known users, and only from the registry's own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardSubscriptionTest {

    private static final String DASHBOARD_CHANGED = """
            subscription Changed($house: House!, $year: Int) {
              dashboardChanged(house: $house, year: $year) {
                definitionSet house year contractStatus contractEffectiveOn
                goals { ...goalFields }
              }
            }
            """ + Dashboards.GOAL_FIELDS;

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private RegistryClient registry;
    private WebSocketGraphQlTester webSocket;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
        webSocket = registry.webSocket(ADVISER_FYN);
    }

    @AfterEach
    void disconnect() {
        webSocket.stop().block(Duration.ofSeconds(10));
    }

    @Test
    void aMeetingRecordedAtFynPushesFynsNewDashboardToItsSubscribers() {
        LocalDate today = today();
        int year = today.getYear();
        List<Dashboard> pushed = new CopyOnWriteArrayList<>();
        Disposable subscription = webSocket.document(DASHBOARD_CHANGED)
                .variable("house", "FYN").variable("year", year)
                .executeSubscription()
                .toFlux("dashboardChanged", Dashboard.class)
                .subscribe(pushed::add);
        try {
            // A query over the same connection is answered after the subscription was set up before it.
            webSocket.document(Dashboards.DASHBOARD).variable("house", "FYN").variable("year", year).execute()
                    .path("dashboard.house").entity(String.class).isEqualTo("FYN");

            // A company 1 year old, guided today: an entrepreneur (goal 1) of this year.
            openCase(registry.as(ADVISER_FYN), "live-case", "FYN", CVR, today.minusYears(1).toString(), "GROWTH",
                    today.toString(), "DIGITALISATION_AND_TECHNOLOGY");
            // Recorded over the WebSocket itself: the handshake's user is the actor of its mutations.
            meeting(webSocket, "live-case", "m-1", today.toString(), "1.5", "DIGITALISATION_AND_TECHNOLOGY");

            eventually().untilAsserted(() -> assertThat(pushed)
                    .anySatisfy(dashboard -> {
                        assertThat(dashboard.house()).isEqualTo("FYN");
                        assertThat(dashboard.year()).isEqualTo(year);
                        assertThat(dashboard.goal("goal1").counts().counted()).isEqualTo(1);
                    }));
            assertThat(pushed).allSatisfy(dashboard -> {
                assertThat(dashboard.house()).isEqualTo("FYN");
                assertThat(dashboard.year()).isEqualTo(year);
            });
        } finally {
            subscription.dispose();
        }
    }

    @Test
    void aHandshakeWithoutCredentialsIsUnauthorized() {
        registry.anonymous().get().uri("/graphql-ws")
                .headers(DashboardSubscriptionTest::upgradeToWebSocket)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aHandshakeFromAnotherSiteIsForbiddenEvenWithCredentials() {
        registry.anonymous().get().uri("/graphql-ws")
                .headers(headers -> {
                    upgradeToWebSocket(headers);
                    headers.setBasicAuth(ADVISER_FYN, RegistryClient.PASSWORD);
                    headers.setOrigin("https://elsewhere.example");
                })
                .exchange()
                .expectStatus().isForbidden();
    }

    private static void upgradeToWebSocket(HttpHeaders headers) {
        headers.set(HttpHeaders.CONNECTION, "Upgrade");
        headers.set(HttpHeaders.UPGRADE, "websocket");
        headers.set("Sec-WebSocket-Version", "13");
        headers.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        headers.set("Sec-WebSocket-Protocol", "graphql-transport-ws");
    }
}
