package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.graphql.support.RegistryClient.AuditRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.GUIDANCE_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.OPEN_CASE;
import static dk.erhvervshuse.graphql.support.RegistryClient.RECORD_MEETING;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.meetingInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.openCaseInput;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story of one case told through GraphQL alone: opened, guided past 3 hours (selected for user
 * evaluation, §9) and past 20 hours within 12 months (management must decide, §5.1), referred,
 * evaluated, decided by management, closed; then read back as the case, the company and the audit
 * trail, where every event says who recorded it, in which role, when, and for which command (§10.2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GuidanceStoryTest {


    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester adviser;
    private HttpGraphQlTester manager;

    @BeforeEach
    void connect() {
        RegistryClient registry = new RegistryClient(port);
        adviser = registry.as(ADVISER_HOVEDSTADEN);
        manager = registry.as(MANAGER_HOVEDSTADEN);
    }

    @Test
    void aCaseGuidedPastThreeAndTwentyHoursIsSelectedForEvaluationDecidedByManagementAndAuditedThroughout() {
        String caseId = "story-case-1";
        LocalDate today = today();

        String openCommandId = adviser.document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "HOVEDSTADEN", CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).isEqualTo(caseId)
                .path("openGuidanceCase.commandId").entity(String.class).get();

        recordMeeting(caseId, "m-1", "2", today.minusDays(80));
        recordMeeting(caseId, "m-2", "2", today.minusDays(70));
        awaitCase(caseId, "evaluationSelection.hoursAtSelection", "4");

        recordMeeting(caseId, "m-3", "8", today.minusDays(60));
        recordMeeting(caseId, "m-4", "8", today.minusDays(50));
        recordMeeting(caseId, "m-5", "2", today.minusDays(40));
        String requirementId = awaitPendingDecision();

        adviser.document("""
                        mutation Refer($input: ReferCompanyInput!) {
                          referCompany(input: $input) { caseId referralId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "referralId", "r-1", "partner", "EIFO",
                        "referredOn", today.minusDays(30).toString()))
                .execute()
                .path("referCompany.referralId").entity(String.class).isEqualTo("r-1");

        adviser.document("""
                        mutation Evaluate($input: RecordUserEvaluationInput!) {
                          recordUserEvaluation(input: $input) { caseId evaluationId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "evaluationId", "e-1", "recommendScore", 10,
                        "referralUsed", true, "receivedOn", today.minusDays(20).toString()))
                .execute()
                .path("recordUserEvaluation.evaluationId").entity(String.class).isEqualTo("e-1");

        String decisionCommandId = manager.document("""
                        mutation Decide($input: RecordManagementDecisionInput!) {
                          recordManagementDecision(input: $input) { house cvr requirementId commandId }
                        }
                        """)
                .variable("input", Map.of("house", "HOVEDSTADEN", "cvr", CVR, "requirementId", requirementId,
                        "continueGuidance", true,
                        "justification", "Specialised export guidance no private adviser in the region offers",
                        "decidedOn", today.minusDays(10).toString()))
                .execute()
                .path("recordManagementDecision.requirementId").entity(String.class).isEqualTo(requirementId)
                .path("recordManagementDecision.commandId").entity(String.class).get();

        adviser.document("""
                        mutation Close($input: CloseGuidanceCaseInput!) {
                          closeGuidanceCase(input: $input) { caseId commandId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "closedOn", today.toString()))
                .execute()
                .path("closeGuidanceCase.caseId").entity(String.class).isEqualTo(caseId);

        eventually().untilAsserted(() -> {
            GraphQlTester.Response guidanceCase = adviser.document(GUIDANCE_CASE).variable("id", caseId).execute();
            guidanceCase.path("guidanceCase.status").entity(String.class).isEqualTo("CLOSED");
            guidanceCase.path("guidanceCase.closedOn").entity(String.class).isEqualTo(today.toString());
            assertThat(new BigDecimal(guidanceCase.path("guidanceCase.totalHours").entity(String.class).get()))
                    .isEqualByComparingTo("22");
            guidanceCase.path("guidanceCase.meetings[*].meetingId").entityList(String.class)
                    .containsExactly("m-1", "m-2", "m-3", "m-4", "m-5");
            guidanceCase.path("guidanceCase.meetings[0].adviserId").entity(String.class)
                    .isEqualTo(ADVISER_HOVEDSTADEN);
            guidanceCase.path("guidanceCase.referrals[0].partner").entity(String.class).isEqualTo("EIFO");
            guidanceCase.path("guidanceCase.referrals[0].category").entity(String.class).isEqualTo("STATE_PROMOTION");
            guidanceCase.path("guidanceCase.evaluations[0].recommendScore").entity(Integer.class).isEqualTo(10);
        });

        eventually().untilAsserted(() -> {
            GraphQlTester.Response company = adviser.document("""
                            query Company($cvr: String!) {
                              company(cvr: $cvr) {
                                cvr
                                cases { caseId status }
                                decisions { requirementId house status decidedBy continueGuidance decidedOn }
                                timeline { position eventType caseId recordedAt recordedBy summary }
                              }
                            }
                            """)
                    .variable("cvr", CVR)
                    .execute();
            company.path("company.cases[*].caseId").entityList(String.class).containsExactly(caseId);
            company.path("company.cases[0].status").entity(String.class).isEqualTo("CLOSED");
            company.path("company.decisions[0].requirementId").entity(String.class).isEqualTo(requirementId);
            company.path("company.decisions[0].status").entity(String.class).isEqualTo("DECIDED");
            company.path("company.decisions[0].decidedBy").entity(String.class).isEqualTo(MANAGER_HOVEDSTADEN);
            company.path("company.decisions[0].continueGuidance").entity(Boolean.class).isEqualTo(true);
            company.path("company.timeline[*].eventType").entityList(String.class)
                    .contains("GuidanceCaseOpened", "GuidanceMeetingRecorded", "CaseSelectedForUserEvaluation",
                            "CompanyReferred", "UserEvaluationReceived", "GuidanceCaseClosed");
        });

        adviser.document("""
                        query CaseCompany($id: ID!) {
                          guidanceCase(id: $id) { company { cvr decisions { status } cases { caseId } } }
                        }
                        """)
                .variable("id", caseId)
                .execute()
                .path("guidanceCase.company.cvr").entity(String.class).isEqualTo(CVR)
                .path("guidanceCase.company.decisions[0].status").entity(String.class).isEqualTo("DECIDED")
                .path("guidanceCase.company.cases[*].caseId").entityList(String.class).containsExactly(caseId);

        List<String> caseEventTypes = List.of("GuidanceCaseOpened", "GuidanceMeetingRecorded",
                "GuidanceMeetingRecorded", "CaseSelectedForUserEvaluation", "GuidanceMeetingRecorded",
                "GuidanceMeetingRecorded", "GuidanceMeetingRecorded", "CompanyReferred", "UserEvaluationReceived",
                "GuidanceCaseClosed");
        eventually().untilAsserted(() ->
                assertThat(auditTrail(adviser, Map.of("caseId", caseId))).extracting(AuditRow::eventType)
                        .containsExactlyElementsOf(caseEventTypes));

        List<AuditRow> caseTrail = auditTrail(adviser, Map.of("caseId", caseId));
        assertThat(caseTrail).allSatisfy(entry -> {
            assertThat(entry.aggregateId()).isEqualTo(caseId);
            assertThat(entry.userId()).isEqualTo(ADVISER_HOVEDSTADEN);
            assertThat(entry.role()).isEqualTo("ADVISER");
            assertThat(entry.userHouse()).isEqualTo("HOVEDSTADEN");
            assertThat(entry.recordedAt()).isNotBlank();
            assertThat(entry.correlationId()).isNotBlank();
        });
        assertThat(caseTrail.get(0).correlationId()).isEqualTo(openCommandId);
        assertThat(caseTrail).extracting(AuditRow::position).isSorted();

        eventually().untilAsserted(() ->
                assertThat(auditTrail(adviser, Map.of("cvr", CVR))).extracting(AuditRow::eventType)
                        .contains("ManagementDecisionRequired", "ManagementDecisionRecorded"));
        List<AuditRow> companyTrail = auditTrail(adviser, Map.of("cvr", CVR));
        assertThat(companyTrail).allSatisfy(entry -> {
            assertThat(entry.userId()).isNotBlank();
            assertThat(entry.role()).isNotBlank();
            assertThat(entry.recordedAt()).isNotBlank();
            assertThat(entry.correlationId()).isNotBlank();
        });
        assertThat(companyTrail).filteredOn(entry -> entry.eventType().equals("ManagementDecisionRecorded"))
                .singleElement()
                .satisfies(decision -> {
                    assertThat(decision.userId()).isEqualTo(MANAGER_HOVEDSTADEN);
                    assertThat(decision.role()).isEqualTo("HOUSE_MANAGER");
                    assertThat(decision.correlationId()).isEqualTo(decisionCommandId);
                });
    }

    @Test
    void aMeetingRecordedWithoutIdsGetsThemAtTheEdgeAndTheAnswerSaysWhichCommandToLookFor() {
        String caseId = adviser.document(OPEN_CASE)
                .variable("input", openCaseInput(null, "HOVEDSTADEN", RegistryClient.OTHER_CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).get();
        assertThat(caseId).isNotBlank();

        GraphQlTester.Response recorded = adviser.document("""
                        mutation Meeting($input: RecordGuidanceMeetingInput!) {
                          recordGuidanceMeeting(input: $input) {
                            caseId meetingId commandId acceptedAt
                            guidanceCase { caseId }
                          }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "form", "DIGITAL", "hours", 1.5,
                        "themes", List.of("CAPITAL"), "heldOn", today().minusDays(1).toString()))
                .execute();
        String meetingId = recorded.path("recordGuidanceMeeting.meetingId").entity(String.class).get();
        String commandId = recorded.path("recordGuidanceMeeting.commandId").entity(String.class).get();
        assertThat(meetingId).isNotBlank();
        recorded.path("recordGuidanceMeeting.acceptedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());

        eventually().untilAsserted(() ->
                assertThat(auditTrail(adviser, Map.of("caseId", caseId)))
                        .filteredOn(entry -> commandId.equals(entry.correlationId()))
                        .extracting(AuditRow::eventType)
                        .containsExactly("GuidanceMeetingRecorded"));
        eventually().untilAsserted(() ->
                adviser.document(GUIDANCE_CASE).variable("id", caseId).execute()
                        .path("guidanceCase.meetings[0].meetingId").entity(String.class).isEqualTo(meetingId)
                        .path("guidanceCase.meetings[0].hours").entity(String.class).satisfies(hours ->
                                assertThat(new BigDecimal(hours)).isEqualByComparingTo("1.5")));
    }

    @Test
    void correctionsAndWithdrawalsKeepTheEarlierRegistrationAndCarryTheirReasonIntoTheAuditTrail() {
        String caseId = "corrected-case";
        LocalDate today = today();
        adviser.document(OPEN_CASE)
                .variable("input", openCaseInput(caseId, "HOVEDSTADEN", RegistryClient.THIRD_CVR))
                .execute()
                .path("openGuidanceCase.caseId").entity(String.class).isEqualTo(caseId);
        recordMeeting(caseId, "m-1", "3", today.minusDays(10));
        recordMeeting(caseId, "m-2", "1", today.minusDays(9));

        adviser.document("""
                        mutation Correct($input: CorrectGuidanceMeetingInput!) {
                          correctGuidanceMeeting(input: $input) { caseId meetingId commandId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "meetingId", "m-1", "adviserId", ADVISER_HOVEDSTADEN,
                        "form", "PHYSICAL", "hours", "2", "themes", List.of("DIGITALISATION_AND_TECHNOLOGY"),
                        "heldOn", today.minusDays(10).toString(), "reason", "typed 3 hours for 2"))
                .execute()
                .path("correctGuidanceMeeting.meetingId").entity(String.class).isEqualTo("m-1");
        adviser.document("""
                        mutation Withdraw($input: WithdrawGuidanceMeetingInput!) {
                          withdrawGuidanceMeeting(input: $input) { meetingId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "meetingId", "m-2", "reason", "a duplicate of m-1"))
                .execute()
                .path("withdrawGuidanceMeeting.meetingId").entity(String.class).isEqualTo("m-2");
        adviser.document("""
                        mutation CorrectRegistration($input: CorrectCaseRegistrationInput!) {
                          correctCaseRegistration(input: $input) { caseId }
                        }
                        """)
                .variable("input", Map.of("caseId", caseId, "segment", "OPERATIONS",
                        "reason", "registered as growth by mistake"))
                .execute()
                .path("correctCaseRegistration.caseId").entity(String.class).isEqualTo(caseId);

        eventually().untilAsserted(() -> {
            GraphQlTester.Response corrected = adviser.document("""
                            query Case($id: ID!) {
                              guidanceCase(id: $id) {
                                segment totalHours
                                evaluationSelection { hoursAtSelection }
                                meetings { meetingId hours status corrections { kind reason recordedBy } }
                                registrationCorrections { changedFields reason recordedBy }
                              }
                            }
                            """)
                    .variable("id", caseId)
                    .execute();
            corrected.path("guidanceCase.segment").entity(String.class).isEqualTo("OPERATIONS");
            assertThat(new BigDecimal(corrected.path("guidanceCase.totalHours").entity(String.class).get()))
                    .isEqualByComparingTo("2");
            corrected.path("guidanceCase.evaluationSelection.hoursAtSelection").hasValue();
            corrected.path("guidanceCase.meetings[*].status").entityList(String.class)
                    .containsExactly("CORRECTED", "WITHDRAWN");
            corrected.path("guidanceCase.meetings[0].corrections[0].reason").entity(String.class)
                    .isEqualTo("typed 3 hours for 2");
            corrected.path("guidanceCase.meetings[0].corrections[0].recordedBy").entity(String.class)
                    .isEqualTo(ADVISER_HOVEDSTADEN);
            corrected.path("guidanceCase.registrationCorrections[0].changedFields").entityList(String.class)
                    .containsExactly("segment");
        });

        eventually().untilAsserted(() -> {
            Map<String, String> reasons = new java.util.HashMap<>();
            auditTrail(adviser, Map.of("caseId", caseId)).stream()
                    .filter(entry -> entry.reason() != null)
                    .forEach(entry -> reasons.put(entry.eventType(), entry.reason()));
            assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "GuidanceMeetingCorrected", "typed 3 hours for 2",
                    "GuidanceMeetingWithdrawn", "a duplicate of m-1",
                    "CaseRegistrationCorrected", "registered as growth by mistake"));
        });
    }

    private void recordMeeting(String caseId, String meetingId, String hours, LocalDate heldOn) {
        adviser.document(RECORD_MEETING)
                .variable("input", meetingInput(caseId, meetingId, hours, heldOn))
                .execute()
                .path("recordGuidanceMeeting.meetingId").entity(String.class).isEqualTo(meetingId);
    }

    private void awaitCase(String caseId, String path, String decimal) {
        eventually().untilAsserted(() ->
                adviser.document(GUIDANCE_CASE).variable("id", caseId).execute()
                        .path("guidanceCase." + path).entity(String.class)
                        .satisfies(value -> assertThat(new BigDecimal(value)).isEqualByComparingTo(decimal)));
    }

    private String awaitPendingDecision() {
        return eventually().until(() -> {
            GraphQlTester.Response company = adviser.document("""
                            query Decisions($cvr: String!) {
                              company(cvr: $cvr) { decisions { requirementId house status hoursInWindow } }
                            }
                            """)
                    .variable("cvr", CVR)
                    .execute();
            List<Map> decisions = company.path("company.decisions").entityList(Map.class).get();
            return decisions.stream()
                    .filter(decision -> "PENDING".equals(decision.get("status"))
                            && "HOVEDSTADEN".equals(decision.get("house"))
                            && new BigDecimal((String) decision.get("hoursInWindow")).compareTo(new BigDecimal("20")) > 0)
                    .map(decision -> (String) decision.get("requirementId"))
                    .findFirst().orElse(null);
        }, id -> id != null);
    }
}
