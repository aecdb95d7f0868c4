package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.graphql.support.Dashboards;
import dk.erhvervshuse.graphql.support.Registrations;
import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.graphql.support.RegistryClient.AuditRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OTHER_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.THIRD_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.GUIDANCE_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.RECORD_MEETING;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.meetingInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only known users reach the registry, and a house's people register for their own house: the data is
 * the house's (§10.2), and the explicit decision of the 20-hour rule is management's (§5.1). A result
 * contract is the two chairs' (§8.2), each signing for their own party and house; the external data of §9
 * are the Business Authority's. What crosses houses by nature (a company several houses guide, the audit trail)
 * is shown to a house with its own part only. Every role against every operation: {@link AuthorizationMatrixTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccessControlTest {

    private static final String COMPANY = """
            query Company($cvr: String!) {
              company(cvr: $cvr) { cvr cases { caseId house } decisions { house } timeline { caseId house } }
            }
            """;

    private static final String DECIDE = """
            mutation Decide($input: RecordManagementDecisionInput!) {
              recordManagementDecision(input: $input) { requirementId }
            }
            """;

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private RegistryClient registry;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorized() {
        registry.anonymous().post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ guidanceCase(id: \"x\") { caseId } }"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void aRequestWithAWrongPasswordIsUnauthorized() {
        registry.anonymous().post().uri("/graphql")
                .headers(headers -> headers.setBasicAuth(ADVISER_HOVEDSTADEN, "not-the-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ guidanceCase(id: \"x\") { caseId } }"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void anAdviserOfFynMayNotOpenACaseForHovedstaden() {
        ResponseError error = singleError(registry.as(ADVISER_FYN).document(OPEN_CASE)
                .variable("input", openCaseInput("fyn-opens-for-hovedstaden", "HOVEDSTADEN", CVR))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("field", "house");
        assertThat(error.getMessage()).contains(ADVISER_FYN).contains("HOVEDSTADEN");
    }

    @Test
    void anAdviserOfFynMayNotRecordAMeetingOnACaseOfHovedstaden() {
        String caseId = "hovedstaden-case-for-fyn";
        registry.as(ADVISER_HOVEDSTADEN).document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "HOVEDSTADEN", CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).isEqualTo(caseId);
        eventually().untilAsserted(() ->
                registry.as(AUDITOR).document(GUIDANCE_CASE).variable("id", caseId).execute()
                        .path("guidanceCase.house").entity(String.class).isEqualTo("HOVEDSTADEN"));

        ResponseError error = singleError(registry.as(ADVISER_FYN).document(RECORD_MEETING)
                .variable("input", meetingInput(caseId, "m-fyn", "1", today()))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("field", "caseId");
    }

    @Test
    void anAdviserMayNotRecordTheManagementDecisionOfTheTwentyHourRule() {
        ResponseError error = singleError(registry.as(ADVISER_HOVEDSTADEN).document(DECIDE)
                .variable("input", decision())
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("rule", "role.notManagement");
    }

    @Test
    void theMinistrysAuditorReadsButRegistersNothing() {
        ResponseError error = singleError(registry.as(AUDITOR).document(OPEN_CASE)
                .variable("input", openCaseInput("auditor-case", "HOVEDSTADEN", CVR))
                .execute());
        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");

        registry.as(AUDITOR).document("""
                        { auditTrail(first: 1) { pageInfo { hasNextPage } } }
                        """)
                .execute()
                .path("auditTrail.pageInfo.hasNextPage").hasValue();
    }

    @Test
    void anAdviserMayNotProposeAResultContract() {
        ResponseError error = singleError(registry.as(ADVISER_FYN).document(Registrations.PROPOSE)
                .variable("input", Map.of("house", "FYN", "year", 2026))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("rule", "role.notChair");
    }

    @Test
    void anAdviserMayNotDeliverTheBusinessAuthoritysData() {
        ResponseError error = singleError(registry.as(ADVISER_FYN).document(Registrations.DELIVER_SURVEY)
                .variable("input", Registrations.surveyInput("FYN", 2025, "60", "60", 300, "FINAL", "2026-01-15"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("rule", "role.notAnalyst");
    }

    @Test
    void aChairOfFynMayNotSignHovedstadensContract() {
        ResponseError error = singleError(registry.as(KKR_FYN).document(Registrations.SIGN)
                .variable("input", Map.of("house", "HOVEDSTADEN", "year", 2026, "party", "KKR_CHAIR"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("field", "house").containsEntry("rule", "house.notOwn");
    }

    @Test
    void theKkrChairMayNotSignAsTheBoardsChair() {
        ResponseError error = singleError(registry.as(KKR_FYN).document(Registrations.SIGN)
                .variable("input", Map.of("house", "FYN", "year", 2026, "party", "BOARD_CHAIR"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("field", "party").containsEntry("rule", "party.notOwnRole");
    }

    @Test
    void aChairRegistersNoGuidance() {
        ResponseError error = singleError(registry.as(BOARD_FYN).document(OPEN_CASE)
                .variable("input", openCaseInput("board-opens-a-case", "FYN", CVR))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("rule", "role.notGuidance");
    }

    @Test
    void theBusinessAuthoritysAnalystDeliversAnAwarenessSurvey() {
        registry.as(ANALYST).document(Registrations.DELIVER_SURVEY)
                .variable("input", Registrations.surveyInput("SJAELLAND", 2025, "52.5", "57", 350, "FINAL",
                        "2026-01-15"))
                .execute()
                .path("deliverAwarenessSurvey.deliveryStreamId").entity(String.class).isEqualTo("awareness:SJAELLAND:2025")
                .path("deliverAwarenessSurvey.commandId").hasValue();

        eventually().untilAsserted(() -> assertThat(Dashboards.dashboard(registry.as(AUDITOR), "SJAELLAND", 2025)
                .goal("goal2.house").actual()).isEqualByComparingTo("52.5"));
    }

    @Test
    void aCompanyGuidedByTwoHousesIsShownToEachHouseWithItsOwnPartOnly() {
        LocalDate today = today();
        Registrations.openCase(registry.as(ADVISER_FYN), "shared-at-fyn", "FYN", THIRD_CVR, "2022-03-01", "GROWTH",
                today.minusDays(20).toString(), "CAPITAL");
        Registrations.openCase(registry.as(ADVISER_HOVEDSTADEN), "shared-at-hovedstaden", "HOVEDSTADEN", THIRD_CVR,
                "2022-03-01", "GROWTH", today.minusDays(10).toString(), "CAPITAL");
        eventually().untilAsserted(() -> registry.as(AUDITOR).document(COMPANY).variable("cvr", THIRD_CVR).execute()
                .path("company.cases[*].caseId").entityList(String.class)
                .contains("shared-at-fyn", "shared-at-hovedstaden").hasSize(2));

        GraphQlTester.Response asFyn = registry.as(ADVISER_FYN).document(COMPANY).variable("cvr", THIRD_CVR).execute();
        asFyn.path("company.cases[*].caseId").entityList(String.class).containsExactly("shared-at-fyn");
        asFyn.path("company.timeline[*].house").entityList(String.class).satisfies(houses ->
                assertThat(houses).isNotEmpty().containsOnly("FYN"));

        registry.as(ADVISER_FYN).document("""
                        query Case($id: ID!) { guidanceCase(id: $id) { company { cases { caseId } timeline { house } } } }
                        """)
                .variable("id", "shared-at-fyn").execute()
                .path("guidanceCase.company.cases[*].caseId").entityList(String.class).containsExactly("shared-at-fyn")
                .path("guidanceCase.company.timeline[*].house").entityList(String.class).satisfies(houses ->
                        assertThat(houses).containsOnly("FYN"));
    }

    @Test
    void anAdviserReadingTheWholeAuditTrailSeesTheEntriesOfTheirOwnHouseOnly() {
        LocalDate today = today();
        Registrations.openCase(registry.as(ADVISER_FYN), "trail-at-fyn", "FYN", OTHER_CVR, "2022-03-01", "GROWTH",
                today.minusDays(20).toString(), "CAPITAL");
        Registrations.openCase(registry.as(ADVISER_HOVEDSTADEN), "trail-at-hovedstaden", "HOVEDSTADEN", OTHER_CVR,
                "2022-03-01", "GROWTH", today.minusDays(10).toString(), "CAPITAL");
        eventually().untilAsserted(() -> assertThat(auditTrail(registry.as(AUDITOR), null))
                .extracting(AuditRow::aggregateId).contains("trail-at-fyn", "trail-at-hovedstaden"));

        List<AuditRow> fyns = auditTrail(registry.as(ADVISER_FYN), null);

        assertThat(fyns).extracting(AuditRow::aggregateId).contains("trail-at-fyn").doesNotContain("trail-at-hovedstaden");
        assertThat(fyns).extracting(AuditRow::house).containsOnly("FYN");
    }

    private static Map<String, Object> decision() {
        return Map.of("house", "HOVEDSTADEN", "cvr", CVR, "requirementId", "any", "continueGuidance", true,
                "justification", "not an adviser's call");
    }
}
