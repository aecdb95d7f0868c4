package dk.erhvervshuse.graphql.page;

import dk.erhvervshuse.graphql.support.RegistryClient;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page without a browser: every GraphQL document it sends is valid against the running schema (so a
 * schema change that breaks the page fails the build), its files are served to anyone while its data are not, it
 * is held to its own origin, a failed sign-in from it brings no browser dialog, and the registry tells it who is
 * signed in and what the role may call, so that it asks only for what the user may see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardPageTest {

    private static final List<String> FILES = List.of("index.html", "app.js", "api.js", "charts.js", "queries.js",
            "styles.css");

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyDocumentThePageSendsIsValidAgainstTheRunningSchema() {
        Map<String, String> documents = PageDocuments.documents();
        String module = PageDocuments.file("queries.js");

        assertThat(documents).as("documents of queries.js").hasSizeGreaterThanOrEqualTo(6);
        assertThat(PageDocuments.exports(module)).as("every export of queries.js is a document read here")
                .isEqualTo(documents.size());
        documents.forEach((name, text) -> {
            assertThat(text).as("%s has no substitution: it is sent as written", name).doesNotContain("${");
            Document document = Parser.parse(text);
            List<ValidationError> errors = new Validator()
                    .validateDocument(graphQlSource.schema(), document, Locale.ENGLISH);
            assertThat(errors).as("%s validated against the running schema", name).isEmpty();
            assertThat(document.getDefinitionsOfType(OperationDefinition.class)).as("%s has one named operation", name)
                    .singleElement().satisfies(operation -> assertThat(operation.getName()).isNotBlank());
        });
    }

    @Test
    void thePageSendsOnlyDocumentsOfItsQueriesModuleAndEachIsUsed() {
        Matcher used = Pattern.compile("documents\\.([A-Z_]+)").matcher(PageDocuments.file("app.js"));
        Set<String> names = new TreeSet<>();
        while (used.find()) {
            names.add(used.group(1));
        }

        assertThat(names).isEqualTo(new TreeSet<>(PageDocuments.documents().keySet()));
    }

    @Test
    void thePageAndItsFilesAreServedWithoutSignIn() {
        RegistryClient registry = new RegistryClient(port);
        for (String file : FILES) {
            registry.anonymous().get().uri("/dashboard/" + file).exchange().expectStatus().isOk();
        }
        registry.anonymous().get().uri("/dashboard/app.js").exchange()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "javascript"));
        String html = registry.anonymous().get().uri("/dashboard/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<script type=\"module\" src=\"app.js\"></script>").doesNotContain("http://", "https://");
    }

    @Test
    void theRootLeadsToThePage() {
        RegistryClient registry = new RegistryClient(port);
        registry.anonymous().get().uri("/").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/dashboard/"));
        registry.anonymous().get().uri("/dashboard").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/dashboard/"));
    }

    @Test
    void thePageLoadsNothingButItsOwnFilesAndTalksOnlyToItsOwnServer() {
        EntityExchangeResult<byte[]> page = new RegistryClient(port).anonymous().get().uri("/dashboard/index.html")
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void openingThePageOpensNoDataAndNoOtherFiles() {
        RegistryClient registry = new RegistryClient(port);
        registry.anonymous().get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
        registry.anonymous().get().uri("/static/dashboard/app.js").exchange().expectStatus().isUnauthorized();
        registry.anonymous().get().uri("/reports/2025/national.csv").exchange().expectStatus().isUnauthorized();
        registry.anonymous().post().uri("/dashboard/app.js").exchange()
                .expectStatus().value(status -> assertThat(status).as("POST to the page's files").isIn(401, 403));
        registry.anonymous().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ nationalDashboard(year: 2025) { year } }\"}")
                .exchange().expectStatus().isUnauthorized();
    }

    /** The page's calls say they are scripted, and a refused sign-in is then a bare 401: no browser dialog. */
    @Test
    void aRefusedSignInFromThePageBringsNoBrowserDialog() {
        new RegistryClient(port).anonymous().post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("analyst:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("X-Requested-With", "XMLHttpRequest")
                .bodyValue("{\"query\":\"query SignedInUser { signedInUser { userId } }\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
    }

    @Test
    void aHouseUserIsToldTheirHouseAndThatTheyMayExplainItsNumbers() {
        RegistryClient registry = new RegistryClient(port);
        var response = registry.as(RegistryClient.ADVISER_FYN)
                .document(PageDocuments.documents().get("SIGNED_IN_USER")).execute();

        response.path("signedInUser.userId").entity(String.class).isEqualTo(RegistryClient.ADVISER_FYN);
        response.path("signedInUser.role").entity(String.class).isEqualTo("ADVISER");
        response.path("signedInUser.house").entity(String.class).isEqualTo("FYN");
        response.path("signedInUser.operations").entityList(String.class)
                .contains("Query.dashboard", "Query.nationalDashboard", "Query.explainGoal", "Query.auditTrail",
                        "Query.dashboardBuilds", "Mutation.openGuidanceCase")
                .doesNotContain("Mutation.startDashboardBuild", "Mutation.deliverAwarenessSurvey");
    }

    @Test
    void aChairReadsTheHousesFiguresButNotTheCompaniesBehindThem() {
        new RegistryClient(port).as(RegistryClient.KKR_FYN).document("{ signedInUser { house operations } }").execute()
                .path("signedInUser.house").entity(String.class).isEqualTo("FYN")
                .path("signedInUser.operations").entityList(String.class)
                .contains("Query.dashboard", "Query.nationalDashboard")
                .doesNotContain("Query.explainGoal", "Query.auditTrail");
    }

    @Test
    void aNationalUserHasNoHouseAndTheAuditorMayNotWrite() {
        RegistryClient registry = new RegistryClient(port);
        registry.as(RegistryClient.ANALYST).document("{ signedInUser { house operations } }").execute()
                .path("signedInUser.house").valueIsNull()
                .path("signedInUser.operations").entityList(String.class)
                .contains("Query.explainGoal", "Mutation.startDashboardBuild", "Mutation.deliverAwarenessSurvey");
        registry.as(RegistryClient.AUDITOR).document("{ signedInUser { operations } }").execute()
                .path("signedInUser.operations").entityList(String.class)
                .contains("Query.auditTrail", "Query.verifyAuditChain")
                .satisfies(operations -> assertThat(operations).noneMatch(operation -> operation.startsWith("Mutation.")));
    }
}
