package dk.erhvervshuse.graphql.verification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.testing.Tampering;
import dk.erhvervshuse.events.store.verify.AuditExportReader;
import dk.erhvervshuse.events.store.verify.ChainVerification;
import dk.erhvervshuse.events.store.verify.CheckpointFollower;
import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.graphql.support.RegistryClient.AuditRow;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.PASSWORD;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision (tilsyn, §10.2) and the Business Authority (§9) can see through GraphQL that the record is as it
 * was registered: the hash chain verifies, a change made in the database behind the registry's back is named by
 * its position, the daily checkpoints are listed, and the same range exported over HTTP verifies offline to the
 * same answer. No one else may ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditChainVerificationTest {

    static final String VERIFY = """
            query Verify($from: Int, $to: Int) {
              verifyAuditChain(from: $from, to: $to) {
                verified from to commitsChecked eventsChecked checkpointsChecked headHash
                anchor { source position hash date description }
                firstBreak { position kind expectedHash foundHash detail }
              }
            }
            """;

    static final String CHECKPOINTS = """
            query Checkpoints($from: Date!, $to: Date!) {
              auditCheckpoints(from: $from, to: $to) { date position hash }
            }
            """;

    private static final AtomicInteger cases = new AtomicInteger();

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLogAndNoScheduledCheckpoints(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
        // The test moves the checkpoints on itself, so that what they hold is known.
        registry.add("registry.audit.checkpoint-interval", () -> "0s");
    }

    @LocalServerPort
    int port;

    @Autowired
    CheckpointFollower checkpoints;

    @Autowired
    MongoDatabase database;

    private RegistryClient registry;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
    }

    @Test
    void theMinistrysAuditorFindsTheRecordIntactFromItsStartToItsHead() {
        openCase();
        ChainVerification followed = checkpoints.catchUp();

        Map<String, Object> result = verify(AUDITOR, null, null);

        assertThat(result).containsEntry("verified", true).containsEntry("from", 1)
                .containsEntry("to", (int) followed.to())
                .containsEntry("headHash", followed.headHash())
                .containsEntry("firstBreak", null);
        assertThat((Integer) result.get("eventsChecked")).as("every position up to the head").isEqualTo((int) followed.to());
        assertThat((Integer) result.get("commitsChecked")).isPositive();
        assertThat(map(result.get("anchor"))).containsEntry("source", "GENESIS").containsEntry("position", 0);
    }

    @Test
    void theBusinessAuthoritysAnalystMayVerifyToo() {
        openCase();

        assertThat(verify(ANALYST, 1L, null)).containsEntry("verified", true);
    }

    @Test
    void namesThePositionOfAnEventChangedInTheDatabaseBehindTheRegistrysBack() {
        String caseId = openCase();
        long position = positionOf(caseId);
        MongoCollection<Document> log = database.getCollection(CommitLogStorageEngine.LOG_COLLECTION);
        Document original = log.find(Filters.eq("_id", position)).first();
        try {
            new Tampering(database).changePayload(position);

            Map<String, Object> result = verify(AUDITOR, null, null);

            assertThat(result).containsEntry("verified", false).containsEntry("to", (int) position - 1);
            assertThat(map(result.get("firstBreak")))
                    .containsEntry("position", (int) position)
                    .containsEntry("kind", "ALTERED")
                    .containsEntry("expectedHash", original.getString("hash"));
        } finally {
            log.replaceOne(Filters.eq("_id", position), original);
        }
        assertThat(verify(AUDITOR, null, null)).containsEntry("verified", true);
    }

    @Test
    void listsTheDaysCheckpointAtTheLogsHead() {
        openCase();
        ChainVerification followed = checkpoints.catchUp();

        List<Map<String, Object>> listed = registry.as(AUDITOR).document(CHECKPOINTS)
                .variable("from", today().minusDays(7).toString()).variable("to", today().toString())
                .execute()
                .path("auditCheckpoints").entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).get();

        assertThat(listed).last().isEqualTo(Map.of("date", today().toString(), "position", (int) followed.to(),
                "hash", followed.headHash()));
    }

    @Test
    void anAdviserMayNotVerifyTheChainNorListItsCheckpoints() {
        ResponseError verifying = singleError(registry.as(ADVISER_FYN).document(VERIFY).execute());
        ResponseError listing = singleError(registry.as(KKR_FYN).document(CHECKPOINTS)
                .variable("from", today().toString()).variable("to", today().toString()).execute());

        assertThat(classificationOf(verifying)).isEqualTo("FORBIDDEN");
        assertThat(verifying.getExtensions()).containsEntry("rule", "role.notSupervision");
        assertThat(classificationOf(listing)).isEqualTo("FORBIDDEN");
    }

    @Test
    void refusesPositionsBelowOneNamingTheArgument() {
        ResponseError error = singleError(registry.as(AUDITOR).document(VERIFY).variable("from", 0).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "from").containsEntry("rule", "position.notPositive");
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        ResponseError error = singleError(registry.as(AUDITOR).document(VERIFY)
                .variable("from", 9).variable("to", 3).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "to").containsEntry("rule", "range.reversed");
    }

    @Test
    void refusesMoreThanOneMillionPositionsInOneCall() {
        ResponseError error = singleError(registry.as(AUDITOR).document(VERIFY)
                .variable("from", 1).variable("to", (int) PositionRange.MAX_POSITIONS + 1).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "to").containsEntry("rule", "range.tooLarge");
        assertThat(error.getMessage()).contains(Long.toString(PositionRange.MAX_POSITIONS));
    }

    @Test
    void refusesACheckpointListingOfMoreThanAYear() {
        ResponseError error = singleError(registry.as(AUDITOR).document(CHECKPOINTS)
                .variable("from", today().minusDays(DateRange.MAX_DAYS).toString()).variable("to", today().toString())
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "to").containsEntry("rule", "dateRange.tooLong");
    }

    @Test
    void theExportVerifiesOfflineToTheAnswerTheRegistryGives() {
        openCase();
        checkpoints.catchUp();
        Map<String, Object> inRegistry = verify(AUDITOR, null, null);

        String export = http(AUDITOR).get().uri("/audit/export").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        ChainVerification offline = AuditExportReader.verify(new StringReader(export));

        assertThat(offline.verified()).isTrue();
        assertThat(offline.to()).isEqualTo(((Integer) inRegistry.get("to")).longValue());
        assertThat(offline.headHash()).isEqualTo(inRegistry.get("headHash"));
        assertThat(offline.commitsChecked()).isEqualTo(((Integer) inRegistry.get("commitsChecked")).longValue());
    }

    @Test
    void theExportIsForSupervisionOnly() {
        http(ADVISER_FYN).get().uri("/audit/export").exchange().expectStatus().isForbidden();
        registry.anonymous().get().uri("/audit/export").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theExportRefusesAPositionBelowOneNamingTheParameter() {
        http(AUDITOR).get().uri("/audit/export?from=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("from")
                .jsonPath("$.rule").isEqualTo("position.notPositive");
    }

    private Map<String, Object> verify(String user, Long from, Long to) {
        GraphQlTester.Request<?> request = registry.as(user).document(VERIFY);
        if (from != null) {
            request = request.variable("from", from);
        }
        if (to != null) {
            request = request.variable("to", to);
        }
        return request.execute().path("verifyAuditChain")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    private String openCase() {
        String caseId = "chain-case-" + cases.incrementAndGet();
        registry.as(ADVISER_FYN).document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "FYN", CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).isEqualTo(caseId);
        return caseId;
    }

    /** The log position of the case's first event, as the audit trail shows it once it has caught up. */
    private long positionOf(String caseId) {
        AuditRow[] first = new AuditRow[1];
        eventually().untilAsserted(() -> {
            List<AuditRow> rows = auditTrail(registry.as(AUDITOR), Map.of("caseId", caseId));
            assertThat(rows).isNotEmpty();
            first[0] = rows.get(0);
        });
        return first[0].position();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private WebTestClient http(String user) {
        return registry.anonymous().mutate().defaultHeaders(headers -> headers.setBasicAuth(user, PASSWORD)).build();
    }
}
