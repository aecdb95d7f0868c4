package dk.erhvervshuse.graphql.retry;

import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDIT_TRAIL;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.P_NUMBER;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser's client that never saw the answer to a mutation sends it again with the same {@code commandId}:
 * it gets the first answer (the same ids, the same acceptance time, {@code alreadyApplied: true}) and the case
 * holds the meeting, the correction or the opening once, whether the retry comes later or at the same moment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RetriedMutationsTest {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester adviser;
    private HttpGraphQlTester auditor;

    private static final String OPEN = """
            mutation Open($input: OpenGuidanceCaseInput!) {
              openGuidanceCase(input: $input) { caseId commandId acceptedAt alreadyApplied }
            }
            """;

    private static final String MEETING = """
            mutation Meeting($input: RecordGuidanceMeetingInput!) {
              recordGuidanceMeeting(input: $input) { caseId meetingId commandId acceptedAt alreadyApplied }
            }
            """;

    private static final String CORRECT = """
            mutation Correct($input: CorrectGuidanceMeetingInput!) {
              correctGuidanceMeeting(input: $input) { caseId meetingId commandId acceptedAt alreadyApplied }
            }
            """;

    @BeforeEach
    void connect() {
        RegistryClient registry = new RegistryClient(port);
        adviser = registry.as(ADVISER_FYN);
        auditor = registry.as(AUDITOR);
    }

    private Map<String, Object> send(String document, String field, Map<String, Object> input) {
        return adviser.document(document).variable("input", input).execute()
                .path(field).entity(Map.class).get();
    }

    private static Map<String, Object> openInput(String commandId) {
        return Map.of("house", "FYN", "office", "HEAD_OFFICE", "cvr", CVR, "pNumber", P_NUMBER,
                "foundedOn", "2023-02-01", "segment", "GROWTH", "themes", List.of("CAPITAL"),
                "openedOn", today().minusDays(30).toString(), "commandId", commandId);
    }

    private static Map<String, Object> meetingInput(String caseId, String commandId, String hours) {
        return Map.of("caseId", caseId, "form", "DIGITAL", "hours", hours, "themes", List.of("CAPITAL"),
                "heldOn", today().minusDays(2).toString(), "commandId", commandId);
    }

    /** The events the command caused, by the correlation id the audit trail shows for each. */
    private long eventsOfCommand(String caseId, String commandId) {
        List<Map<String, Object>> edges = auditor.document(AUDIT_TRAIL)
                .variable("filter", Map.of("caseId", caseId)).variable("first", 100).execute()
                .path("auditTrail.edges[*].node").entityList(Map.class).get().stream()
                .map(node -> (Map<String, Object>) node).toList();
        return edges.stream().filter(node -> commandId.equals(node.get("correlationId"))).count();
    }

    @Test
    void aRetriedOpeningMeetingAndCorrectionAreEachAnsweredWithTheFirstResultAndAppliedOnce() {
        String openId = UUID.randomUUID().toString();
        Map<String, Object> opened = send(OPEN, "openGuidanceCase", openInput(openId));
        Map<String, Object> openedAgain = send(OPEN, "openGuidanceCase", openInput(openId));

        String caseId = (String) opened.get("caseId");
        assertThat(opened.get("alreadyApplied")).isEqualTo(false);
        assertThat(openedAgain).containsEntry("alreadyApplied", true).containsEntry("caseId", caseId)
                .containsEntry("commandId", openId).containsEntry("acceptedAt", opened.get("acceptedAt"));

        String meetingCommand = UUID.randomUUID().toString();
        Map<String, Object> meeting = send(MEETING, "recordGuidanceMeeting", meetingInput(caseId, meetingCommand, "1.50"));
        Map<String, Object> meetingAgain = send(MEETING, "recordGuidanceMeeting",
                meetingInput(caseId, meetingCommand, "1.50"));
        assertThat(meetingAgain).containsEntry("alreadyApplied", true)
                .containsEntry("meetingId", meeting.get("meetingId"))
                .containsEntry("acceptedAt", meeting.get("acceptedAt"));

        String correctionCommand = UUID.randomUUID().toString();
        Map<String, Object> correction = Map.of("caseId", caseId, "meetingId", meeting.get("meetingId"),
                "adviserId", "adviser.fyn", "form", "PHYSICAL", "hours", "2.00", "themes", List.of("CAPITAL"),
                "heldOn", today().minusDays(2).toString(), "reason", "it lasted longer",
                "commandId", correctionCommand);
        Map<String, Object> corrected = send(CORRECT, "correctGuidanceMeeting", correction);
        Map<String, Object> correctedAgain = send(CORRECT, "correctGuidanceMeeting", correction);
        assertThat(corrected.get("alreadyApplied")).isEqualTo(false);
        assertThat(correctedAgain).containsEntry("alreadyApplied", true);

        eventually().untilAsserted(() -> assertThat(eventsOfCommand(caseId, correctionCommand)).isEqualTo(1));
        assertThat(eventsOfCommand(caseId, openId)).isEqualTo(1);
        assertThat(eventsOfCommand(caseId, meetingCommand)).isEqualTo(1);
        System.out.printf("Retries through GraphQL: 3 commands sent twice, 3 answered as already applied, "
                + "events written twice: 0%n");
    }

    @Test
    void duplicatesSentAtTheSameMomentGetOneAnswerAndWriteOnce() throws Exception {
        String caseId = (String) send(OPEN, "openGuidanceCase", openInput(UUID.randomUUID().toString())).get("caseId");
        int duplicates = 8;
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(duplicates);
        int appliedOnce = 0;
        int answeredAsApplied = 0;
        List<String> commandIds = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String commandId = UUID.randomUUID().toString();
            commandIds.add(commandId);
            CyclicBarrier together = new CyclicBarrier(duplicates);
            List<Future<Map<String, Object>>> answers = new ArrayList<>();
            for (int i = 0; i < duplicates; i++) {
                answers.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return send(MEETING, "recordGuidanceMeeting", meetingInput(caseId, commandId, "0.50"));
                }));
            }
            List<Map<String, Object>> received = new ArrayList<>();
            for (Future<Map<String, Object>> answer : answers) {
                received.add(answer.get(1, TimeUnit.MINUTES));
            }
            long first = received.stream().filter(a -> Boolean.FALSE.equals(a.get("alreadyApplied"))).count();
            assertThat(first).as("attempts applied in round %s", round).isEqualTo(1);
            assertThat(received).extracting(a -> a.get("meetingId")).containsOnly(received.get(0).get("meetingId"));
            assertThat(received).extracting(a -> a.get("acceptedAt")).containsOnly(received.get(0).get("acceptedAt"));
            appliedOnce += first;
            answeredAsApplied += duplicates - first;
        }
        pool.shutdown();

        for (String commandId : commandIds) {
            eventually().untilAsserted(() -> assertThat(eventsOfCommand(caseId, commandId)).isEqualTo(1));
        }
        System.out.printf("Concurrent duplicates through GraphQL: %d commands sent %d times each at once, "
                + "%d applied, %d answered as already applied, events written twice: 0%n",
                rounds, duplicates, appliedOnce, answeredAsApplied);
        assertThat(answeredAsApplied).isEqualTo(rounds * (duplicates - 1));
    }
}
