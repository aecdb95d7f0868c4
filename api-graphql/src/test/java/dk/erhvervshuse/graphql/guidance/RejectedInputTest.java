package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.graphql.support.Registrations;
import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.graphql.support.RegistryClient.AuditRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.INVALID_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.RECORD_MEETING;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.meetingInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rejected mutation says which input field was wrong and by which rule, and writes nothing: the
 * registration minimum (§9), the external deliveries' ranges and the agreement's years (2024–2027, §8.2) are
 * checked before any event enters the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RejectedInputTest {


    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester adviser;

    @BeforeEach
    void connect() {
        adviser = new RegistryClient(port).as(ADVISER_HOVEDSTADEN);
    }

    @Test
    void aCvrFailingTheModulus11CheckIsRejectedAsBadInputOnTheCvrFieldAndWritesNothing() {
        List<AuditRow> before = quietLog();

        ResponseError error = singleError(adviser.document(OPEN_CASE)
                .variable("input", openCaseInput("rejected-cvr-case", "HOVEDSTADEN", INVALID_CVR))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "cvr");
        assertThat(error.getExtensions().get("rule")).asString().startsWith("cvr.");
        assertThat(error.getMessage()).contains(INVALID_CVR);
        assertThat(error.getPath()).isEqualTo("openGuidanceCase");

        // Anything the rejected command had written would come before this case's opening in the log.
        String marker = openCase("marker-after-rejected-cvr");
        List<AuditRow> after = eventually().until(() -> auditTrail(adviser, null),
                rows -> rows.stream().anyMatch(row -> marker.equals(row.aggregateId())));
        List<AuditRow> added = new ArrayList<>(after.subList(before.size(), after.size()));
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(added).extracting(AuditRow::aggregateId).containsOnly(marker);
        assertThat(added).extracting(AuditRow::eventType).containsExactly("GuidanceCaseOpened");
    }

    @Test
    void aRecommendScoreOutsideZeroToTenIsRejectedOnTheRecommendScoreField() {
        String caseId = openCase("nps-case");

        ResponseError error = singleError(adviser.document("""
                        mutation Evaluate($input: RecordUserEvaluationInput!) {
                          recordUserEvaluation(input: $input) { evaluationId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "evaluationId", "e-11", "recommendScore", 11))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "recommendScore");
    }

    @Test
    void aMeetingForACaseNeverOpenedIsNotFound() {
        ResponseError error = singleError(adviser.document(RECORD_MEETING)
                .variable("input", meetingInput("never-opened", "m-1", "1", today()))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("NOT_FOUND");
        assertThat(error.getExtensions()).containsEntry("field", "caseId");
        assertThat(error.getMessage()).contains("never-opened").contains("never opened");
    }

    @Test
    void openingTheSameCaseIdTwiceIsAConflictAndTheFirstOpeningStands() {
        String caseId = openCase("opened-twice");

        ResponseError error = singleError(adviser.document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "HOVEDSTADEN", CVR))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("CONFLICT");
        assertThat(error.getExtensions()).containsEntry("field", "caseId");
        assertThat(error.getMessage()).contains(caseId).contains("already open");
        eventually().untilAsserted(() ->
                assertThat(auditTrail(adviser, Map.of("caseId", caseId))).extracting(AuditRow::eventType)
                        .containsExactly("GuidanceCaseOpened"));
    }

    @Test
    void aCursorThisApiNeverIssuedIsBadInputToldWithoutTheServersInsides() {
        ResponseError error = singleError(adviser.document("""
                        query Trail { auditTrail(first: 1, after: "not-a-cursor") { pageInfo { endCursor } } }
                        """)
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getMessage()).contains("after").doesNotContain("Exception").doesNotContain("dk.erhvervshuse");
    }

    @Test
    void anAwarenessShareAbove100PercentIsRejectedOnItsField() {
        ResponseError error = singleError(new RegistryClient(port).as(RegistryClient.ANALYST)
                .document(Registrations.DELIVER_SURVEY)
                .variable("input", Registrations.surveyInput("FYN", 2025, "101", "60", 300, "FINAL", "2026-01-15"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "awareOfHousePercent")
                .containsEntry("rule", "awareOfHousePercent.range");
    }

    @Test
    void aResultContractForAYearOutsideTheAgreementIsRejected() {
        ResponseError error = singleError(new RegistryClient(port).as(RegistryClient.KKR_FYN)
                .document(Registrations.PROPOSE)
                .variable("input", Map.of("house", "FYN", "year", 2030))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "year").containsEntry("rule", "year.outsideAgreement");
        assertThat(error.getMessage()).contains("2024").contains("2027").contains("2030");
    }

    @Test
    void aReasonThatBeginsLikeASpreadsheetFormulaIsRefusedAndTheMeetingStands() {
        String caseId = openCase("formula-reason-case");
        Registrations.meeting(adviser, caseId, "m-1", today().minusDays(1).toString(), "1", "CAPITAL");

        ResponseError error = singleError(adviser.document("""
                        mutation Withdraw($input: WithdrawGuidanceMeetingInput!) {
                          withdrawGuidanceMeeting(input: $input) { commandId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "meetingId", "m-1",
                        "reason", "=HYPERLINK(\"https://example.test\",\"see\")"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "reason").containsEntry("rule", "reason.formulaPrefix");
        eventually().untilAsserted(() -> assertThat(auditTrail(adviser, Map.of("caseId", caseId)))
                .extracting(AuditRow::eventType).containsExactly("GuidanceCaseOpened", "GuidanceMeetingRecorded"));
    }

    @Test
    void aReasonIsKeptInTheAuditTrailExactlyAsEntered() {
        String caseId = openCase("kept-as-entered-case");
        Registrations.meeting(adviser, caseId, "m-1", today().minusDays(1).toString(), "1", "CAPITAL");
        String reason = "Dobbeltregistreret, se =SUM i regnearket\n-2 timer; @EIFO spurgt\tæøå \"citat\"";

        Registrations.withdrawMeeting(adviser, caseId, "m-1", reason);

        eventually().untilAsserted(() -> assertThat(auditTrail(adviser, Map.of("caseId", caseId)))
                .filteredOn(row -> row.eventType().equals("GuidanceMeetingWithdrawn"))
                .singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.reason()).isEqualTo(reason)));
    }

    private String openCase(String caseId) {
        return adviser.document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "HOVEDSTADEN", CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).get();
    }

    /** The whole log once the audit trail has caught up with everything other tests wrote. */
    private List<AuditRow> quietLog() {
        String marker = openCase("marker-before-" + System.nanoTime());
        return eventually().until(() -> auditTrail(adviser, null),
                rows -> rows.stream().anyMatch(row -> marker.equals(row.aggregateId())));
    }
}
