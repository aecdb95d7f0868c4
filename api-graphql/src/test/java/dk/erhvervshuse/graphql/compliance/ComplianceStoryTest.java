package dk.erhvervshuse.graphql.compliance;

import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.Registrations.correctMeetingDate;
import static dk.erhvervshuse.graphql.support.Registrations.correctSegment;
import static dk.erhvervshuse.graphql.support.Registrations.evaluate;
import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.Registrations.refer;
import static dk.erhvervshuse.graphql.support.Registrations.withdrawMeeting;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision reads, per house and year, how the house kept the agreement's rules (§10.2), with cases built by
 * the houses' own mutations. Where a rule is kept by the command side itself (the 3-hour selection, the
 * registration minimum), the view is empty for cases built through commands and lists a case written straight
 * to the log, as an import or a faulty writer might. Only supervision, the Business Authority and the house's
 * own management may read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ComplianceStoryTest {

    private static final String COMPLIANCE = """
            query Compliance($house: House!, $year: Int!) {
              compliance(house: $house, year: $year) {
                house year
                twentyHoursWithoutDecision { cvr ledgerId status requirementId windowFrom windowTo hoursInWindow }
                casesOverThreeHoursNotSelected { caseId cvr passedOn hoursWhenPassed countingHours }
                incompleteRegistrations { caseId cvr openedOn missing { field referralId } }
                evaluationsOfUnselectedCases { caseId cvr evaluationId receivedOn countingHours }
                correctionsByAdviser {
                  userId role meetingCorrections meetingWithdrawals registrationCorrections total
                  cases { caseId cvr meetingCorrections meetingWithdrawals registrationCorrections total }
                }
              }
            }
            """;

    /** Numbers passing the modulus-11 check, one company per story. */
    private static final String TWENTY_HOURS_CVR = "30000013";
    private static final String IMPORTED_CVR = "13748136";
    private static final String REGISTERED_CVR = "24256790";
    private static final String EVALUATED_CVR = "10000009";
    private static final String CORRECTED_CVR = "20000007";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventLog;

    private RegistryClient registry;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
    }

    record TwentyHours(String cvr, String ledgerId, String status, String requirementId, String windowFrom,
                       String windowTo, BigDecimal hoursInWindow) {
    }

    record OverThreeHours(String caseId, String cvr, String passedOn, BigDecimal hoursWhenPassed,
                          BigDecimal countingHours) {
    }

    record Missing(String field, String referralId) {
    }

    record Incomplete(String caseId, String cvr, String openedOn, List<Missing> missing) {
    }

    record Evaluation(String caseId, String cvr, String evaluationId, String receivedOn, BigDecimal countingHours) {
    }

    record CorrectedCase(String caseId, String cvr, int meetingCorrections, int meetingWithdrawals,
                         int registrationCorrections, int total) {
    }

    record Adviser(String userId, String role, int meetingCorrections, int meetingWithdrawals,
                   int registrationCorrections, int total, List<CorrectedCase> cases) {
    }

    private GraphQlTester.Response compliance(String user, String house, int year) {
        return registry.as(user).document(COMPLIANCE).variable("house", house).variable("year", year).execute();
    }

    /** Writes events of one case to the log as no command would: no selection, no minimum checked. */
    private void writeStraightToTheLog(String caseId, Object... events) {
        MetaData importer = MetaData.with(AuditMetadata.USER_ID, "import-job").and(AuditMetadata.ROLE, "SYSTEM");
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>("GuidanceCase", caseId, i, events[i], importer));
        }
        eventLog.publish(messages);
    }

    @Test
    void aCompanyGuidedPast20HoursIsListedUntilManagementDecidesAndACaseSelectedByTheCommandSideIsNotListed() {
        GraphQlTester adviser = registry.as(ADVISER_HOVEDSTADEN);
        openCase(adviser, "c-20h", "HOVEDSTADEN", TWENTY_HOURS_CVR, "2020-01-01", "GROWTH", "2025-03-01", "CAPITAL");
        meeting(adviser, "c-20h", "m-1", "2025-03-03", "12", "CAPITAL");
        meeting(adviser, "c-20h", "m-2", "2025-04-07", "9", "CAPITAL");

        TwentyHours pending = eventually().until(() -> compliance(AUDITOR, "HOVEDSTADEN", 2025)
                .path("compliance.twentyHoursWithoutDecision").entityList(TwentyHours.class).get().stream()
                .filter(listed -> listed.cvr().equals(TWENTY_HOURS_CVR)).findFirst().orElse(null),
                listed -> listed != null);

        assertThat(pending.status()).isEqualTo("DECISION_PENDING");
        assertThat(pending.ledgerId()).isEqualTo("HOVEDSTADEN:" + TWENTY_HOURS_CVR);
        assertThat(pending.windowFrom()).isEqualTo("2024-04-08");
        assertThat(pending.windowTo()).isEqualTo("2025-04-07");
        assertThat(pending.hoursInWindow()).isEqualByComparingTo("21");
        // the view has seen the meetings that took the case over 3 hours: the command side selected it
        assertThat(compliance(AUDITOR, "HOVEDSTADEN", 2025).path("compliance.casesOverThreeHoursNotSelected")
                .entityList(OverThreeHours.class).get()).isEmpty();

        registry.as(MANAGER_HOVEDSTADEN).document("""
                        mutation Decide($input: RecordManagementDecisionInput!) {
                          recordManagementDecision(input: $input) { requirementId }
                        }
                        """)
                .variable("input", Map.of("house", "HOVEDSTADEN", "cvr", TWENTY_HOURS_CVR,
                        "requirementId", pending.requirementId(), "continueGuidance", true,
                        "justification", "No private adviser in the region offers this", "decidedOn", "2025-04-10"))
                .execute()
                .path("recordManagementDecision.requirementId").entity(String.class).isEqualTo(pending.requirementId());

        eventually().untilAsserted(() -> assertThat(compliance(AUDITOR, "HOVEDSTADEN", 2025)
                .path("compliance.twentyHoursWithoutDecision").entityList(TwentyHours.class).get())
                .noneMatch(listed -> listed.cvr().equals(TWENTY_HOURS_CVR)));
    }

    @Test
    void theThreeHourViewIsEmptyForCasesBuiltThroughCommandsAndListsACaseWrittenStraightToTheLog() {
        GraphQlTester adviser = registry.as(ADVISER_FYN);
        openCase(adviser, "c-3h", "FYN", IMPORTED_CVR, "2020-01-01", "OPERATIONS", "2025-05-01", "CAPITAL");
        meeting(adviser, "c-3h", "m-1", "2025-05-02", "2", "CAPITAL");
        meeting(adviser, "c-3h", "m-2", "2025-05-03", "2", "CAPITAL");

        Cvr company = new Cvr(IMPORTED_CVR);
        writeStraightToTheLog("c-3h-imported",
                new GuidanceCaseOpened("c-3h-imported", House.FYN, company, Office.HEAD_OFFICE,
                        new PNumber(RegistryClient.P_NUMBER), LocalDate.parse("2020-01-01"), Segment.GROWTH,
                        List.of(Theme.CAPITAL), LocalDate.parse("2025-05-04")),
                new GuidanceMeetingRecorded("c-3h-imported", House.FYN, company, "m-1", "import-job",
                        MeetingForm.PHYSICAL, new BigDecimal("4.00"), List.of(Theme.CAPITAL),
                        LocalDate.parse("2025-05-05")));

        // written after the commands, so once the imported case shows, the commands' case has been seen too
        eventually().untilAsserted(() -> assertThat(compliance(AUDITOR, "FYN", 2025)
                .path("compliance.casesOverThreeHoursNotSelected").entityList(OverThreeHours.class).get())
                .extracting(OverThreeHours::caseId).containsExactly("c-3h-imported"));
        OverThreeHours imported = compliance(AUDITOR, "FYN", 2025).path("compliance.casesOverThreeHoursNotSelected[0]")
                .entity(OverThreeHours.class).get();
        assertThat(imported.passedOn()).isEqualTo("2025-05-05");
        assertThat(imported.hoursWhenPassed()).isEqualByComparingTo("4");
    }

    @Test
    void registrationsMadeThroughCommandsMeetTheMinimumAndAGapWrittenStraightToTheLogIsListed() {
        GraphQlTester adviser = registry.as(ADVISER_FYN);
        openCase(adviser, "c-reg", "FYN", REGISTERED_CVR, "2020-01-01", "GROWTH", "2025-06-01", "CAPITAL");
        refer(adviser, "c-reg", "r-1", "EIFO", null, "2025-06-02");

        Cvr company = new Cvr(REGISTERED_CVR);
        writeStraightToTheLog("c-reg-imported",
                new GuidanceCaseOpened("c-reg-imported", House.FYN, company, Office.HEAD_OFFICE, null,
                        LocalDate.parse("2020-01-01"), null, List.of(), LocalDate.parse("2025-06-03")),
                new CompanyReferred("c-reg-imported", House.FYN, company, "r-1", ReferralPartner.GTS_INSTITUTE, null,
                        null, LocalDate.parse("2025-06-04")));

        eventually().untilAsserted(() -> assertThat(compliance(AUDITOR, "FYN", 2025)
                .path("compliance.incompleteRegistrations").entityList(Incomplete.class).get())
                .containsExactly(new Incomplete("c-reg-imported", REGISTERED_CVR, "2025-06-03", List.of(
                        new Missing("P_NUMBER", null), new Missing("SEGMENT", null), new Missing("THEME", null),
                        new Missing("REFERRAL_CATEGORY", "r-1")))));
    }

    @Test
    void anEvaluationOfACaseNeverSelectedIsListedAndOneOfASelectedCaseIsNot() {
        GraphQlTester adviser = registry.as(ADVISER_HOVEDSTADEN);
        openCase(adviser, "c-selected", "HOVEDSTADEN", EVALUATED_CVR, "2020-01-01", "GROWTH", "2025-06-01", "CAPITAL");
        meeting(adviser, "c-selected", "m-1", "2025-06-02", "2.5", "CAPITAL");
        meeting(adviser, "c-selected", "m-2", "2025-06-03", "1", "CAPITAL");
        evaluate(adviser, "c-selected", "e-1", 9, null, null, "2025-07-01");
        openCase(adviser, "c-unselected", "HOVEDSTADEN", EVALUATED_CVR, "2020-01-01", "GROWTH", "2025-06-05",
                "CAPITAL");
        meeting(adviser, "c-unselected", "m-1", "2025-06-06", "1.5", "CAPITAL");
        evaluate(adviser, "c-unselected", "e-2", 6, null, null, "2025-07-02");

        eventually().untilAsserted(() -> assertThat(compliance(AUDITOR, "HOVEDSTADEN", 2025)
                .path("compliance.evaluationsOfUnselectedCases").entityList(Evaluation.class).get())
                .singleElement().satisfies(listed -> {
                    assertThat(listed.caseId()).isEqualTo("c-unselected");
                    assertThat(listed.evaluationId()).isEqualTo("e-2");
                    assertThat(listed.receivedOn()).isEqualTo("2025-07-02");
                    assertThat(listed.countingHours()).isEqualByComparingTo("1.5");
                }));
    }

    @Test
    void correctionsAndWithdrawalsAreCountedPerAdviserWithTheCasesTheyConcern() {
        GraphQlTester adviser = registry.as(ADVISER_FYN);
        openCase(adviser, "c-corr-1", "FYN", CORRECTED_CVR, "2020-01-01", "GROWTH", "2025-08-01", "CAPITAL");
        meeting(adviser, "c-corr-1", "m-1", "2025-08-02", "1", "CAPITAL");
        meeting(adviser, "c-corr-1", "m-2", "2025-08-03", "1", "CAPITAL");
        correctMeetingDate(adviser, "c-corr-1", "m-1", ADVISER_FYN, "2025-08-04", "1", "held two days later",
                "CAPITAL");
        withdrawMeeting(adviser, "c-corr-1", "m-2", "duplicate of m-1");
        correctSegment(registry.as(MANAGER_FYN), "c-corr-1", "OPERATIONS", "an established company");
        openCase(adviser, "c-corr-2", "FYN", CORRECTED_CVR, "2020-01-01", "GROWTH", "2025-08-10", "CAPITAL");
        meeting(adviser, "c-corr-2", "m-1", "2025-08-11", "1", "CAPITAL");
        correctMeetingDate(adviser, "c-corr-2", "m-1", ADVISER_FYN, "2025-08-11", "1.5", "hours were 1.5",
                "CAPITAL");
        int year = recordingYearOfTheLastCorrection("c-corr-2");

        eventually().untilAsserted(() -> assertThat(compliance(MANAGER_FYN, "FYN", year)
                .path("compliance.correctionsByAdviser").entityList(Adviser.class).get()).containsExactly(
                new Adviser(ADVISER_FYN, "ADVISER", 2, 1, 0, 3, List.of(
                        new CorrectedCase("c-corr-1", CORRECTED_CVR, 1, 1, 0, 2),
                        new CorrectedCase("c-corr-2", CORRECTED_CVR, 1, 0, 0, 1))),
                new Adviser(MANAGER_FYN, "HOUSE_MANAGER", 0, 0, 1, 1, List.of(
                        new CorrectedCase("c-corr-1", CORRECTED_CVR, 0, 0, 1, 1)))));
    }

    /** Corrections are filed under the Danish year they were recorded in, which the audit trail tells. */
    private int recordingYearOfTheLastCorrection(String caseId) {
        String recordedAt = eventually().until(() -> registry.as(AUDITOR).document("""
                        query Corrections($caseId: ID!) {
                          auditTrail(filter: {caseId: $caseId, eventTypes: ["GuidanceMeetingCorrected"]}) {
                            edges { node { recordedAt } }
                          }
                        }
                        """).variable("caseId", caseId).execute()
                .path("auditTrail.edges[0].node.recordedAt").entity(String.class).get(), at -> at != null);
        return Instant.parse(recordedAt).atZone(ZoneId.of("Europe/Copenhagen")).getYear();
    }

    @Nested
    class WhoMayRead {

        @Test
        void theMinistrysSupervisionAndTheBusinessAuthorityReadEveryHouse() {
            for (String user : List.of(AUDITOR, ANALYST)) {
                for (String house : List.of("FYN", "HOVEDSTADEN", "NORDJYLLAND")) {
                    GraphQlTester.Response response = compliance(user, house, 2025);
                    response.errors().verify();
                    response.path("compliance.house").entity(String.class).isEqualTo(house);
                    response.path("compliance.year").entity(Integer.class).isEqualTo(2025);
                }
            }
        }

        @Test
        void aHousesManagementReadsItsOwnHouseOnly() {
            compliance(MANAGER_FYN, "FYN", 2025).path("compliance.house").entity(String.class).isEqualTo("FYN");

            ResponseError error = singleError(compliance(MANAGER_FYN, "HOVEDSTADEN", 2025));

            assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
            assertThat(error.getExtensions()).containsEntry("field", "house").containsEntry("rule", "house.notOwn");
        }

        @Test
        void advisersAndTheContractsChairsMayNotRead() {
            for (String user : List.of(ADVISER_FYN, ADVISER_HOVEDSTADEN, KKR_FYN, BOARD_HOVEDSTADEN)) {
                String ownHouse = user.endsWith("fyn") ? "FYN" : "HOVEDSTADEN";

                ResponseError error = singleError(compliance(user, ownHouse, 2025));

                assertThat(classificationOf(error)).as(user).isEqualTo("FORBIDDEN");
                assertThat(error.getExtensions()).as(user).containsEntry("rule", "role.notSupervision");
            }
        }

        @Test
        void aYearOutsideReasonIsABadRequestNamingTheYear() {
            ResponseError error = singleError(compliance(AUDITOR, "FYN", 1999));

            assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", "year").containsEntry("rule", "year.range");
            assertThat(error.getMessage()).contains("2000", "2100", "1999");
        }
    }
}
