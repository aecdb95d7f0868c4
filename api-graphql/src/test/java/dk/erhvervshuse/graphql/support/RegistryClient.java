package dk.erhvervshuse.graphql.support;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to a running registry over HTTP as one of the demo users of application.yml, and knows the
 * documents the tests share.
 */
public final class RegistryClient {

    public static final String PASSWORD = "demo";
    public static final String ADVISER_HOVEDSTADEN = "adviser.hovedstaden";
    public static final String MANAGER_HOVEDSTADEN = "manager.hovedstaden";
    public static final String ADVISER_FYN = "adviser.fyn";
    public static final String MANAGER_FYN = "manager.fyn";
    public static final String AUDITOR = "auditor";
    /** The chairs who sign the result contracts (§8.2). */
    public static final String KKR_FYN = "kkr.fyn";
    public static final String BOARD_FYN = "board.fyn";
    public static final String KKR_HOVEDSTADEN = "kkr.hovedstaden";
    public static final String BOARD_HOVEDSTADEN = "board.hovedstaden";
    /** The Business Authority's analyst, who delivers the external data of §9. */
    public static final String ANALYST = "analyst";
    /** The registry's operator: reads everything, records nothing of the business. */
    public static final String ADMINISTRATOR = "admin";

    /** Valid CVR numbers (modulus 11); 24256791 fails the check. */
    public static final String CVR = "13748136";
    public static final String OTHER_CVR = "24256790";
    public static final String INVALID_CVR = "24256791";
    /** A third number passing the modulus-11 check, for a company of its own. */
    public static final String THIRD_CVR = "30000013";
    public static final String P_NUMBER = "1012345678";

    private final int port;

    public RegistryClient(int port) {
        this.port = port;
    }

    /**
     * Waits for the views, which follow the log asynchronously. A view not there yet answers null, so a
     * path into it fails with an exception rather than an assertion error: both mean "not yet".
     */
    public static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    public HttpGraphQlTester as(String username) {
        return HttpGraphQlTester.create(http(username));
    }

    public WebTestClient http(String username) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeaders(headers -> headers.setBasicAuth(username, PASSWORD))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** A GraphQL client over the WebSocket endpoint, HTTP Basic credentials in the handshake. */
    public WebSocketGraphQlTester webSocket(String username) {
        return WebSocketGraphQlTester.builder("ws://localhost:" + port + "/graphql-ws", new ReactorNettyWebSocketClient())
                .headers(headers -> headers.setBasicAuth(username, PASSWORD))
                .build();
    }

    /** Plain HTTP at the server's root (the CSV reports, say) as this user. */
    public WebTestClient web(String username) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, PASSWORD))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    public WebTestClient anonymous() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    public static final String OPEN_CASE = """
            mutation Open($input: OpenGuidanceCaseInput!) {
              openGuidanceCase(input: $input) { caseId commandId acceptedAt }
            }
            """;

    public static final String RECORD_MEETING = """
            mutation Meeting($input: RecordGuidanceMeetingInput!) {
              recordGuidanceMeeting(input: $input) { caseId meetingId commandId }
            }
            """;

    public static final String GUIDANCE_CASE = """
            query Case($id: ID!) {
              guidanceCase(id: $id) {
                caseId house office cvr pNumber segment themes openedOn status closedOn totalHours
                evaluationSelection { hoursAtSelection selectedOn }
                meetings { meetingId adviserId form hours heldOn status }
                referrals { referralId partner category }
                evaluations { evaluationId recommendScore referralUsed }
              }
            }
            """;

    public static final String AUDIT_TRAIL = """
            query Trail($filter: AuditTrailFilter, $first: Int, $after: String) {
              auditTrail(filter: $filter, first: $first, after: $after) {
                edges {
                  cursor
                  node {
                    position eventId eventType aggregateId house cvr businessDate recordedAt
                    userId role userHouse correlationId reason
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    /** An audit entry as the tests read it. */
    public record AuditRow(long position, String eventId, String eventType, String aggregateId, String house,
                           String cvr, String businessDate, String recordedAt, String userId, String role,
                           String userHouse, String correlationId, String reason) {
    }

    public static Map<String, Object> openCaseInput(String caseId, String house, String cvr) {
        Map<String, Object> input = new java.util.HashMap<>();
        if (caseId != null) {
            input.put("caseId", caseId);
        }
        input.put("house", house);
        input.put("office", "HEAD_OFFICE");
        input.put("cvr", cvr);
        input.put("pNumber", P_NUMBER);
        input.put("foundedOn", today().minusYears(2).toString());
        input.put("segment", "GROWTH");
        input.put("themes", List.of("DIGITALISATION_AND_TECHNOLOGY"));
        input.put("openedOn", today().minusDays(90).toString());
        return input;
    }

    public static Map<String, Object> meetingInput(String caseId, String meetingId, String hours, LocalDate heldOn) {
        return Map.of("caseId", caseId, "meetingId", meetingId, "form", "PHYSICAL", "hours", hours,
                "themes", List.of("DIGITALISATION_AND_TECHNOLOGY"), "heldOn", heldOn.toString());
    }

    /** Every entry of the audit trail under the filter, paging through it. */
    public static List<AuditRow> auditTrail(GraphQlTester tester, Map<String, Object> filter) {
        List<AuditRow> rows = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Request<?> request = tester.document(AUDIT_TRAIL).variable("first", 500);
            if (filter != null) {
                request = request.variable("filter", filter);
            }
            if (after != null) {
                request = request.variable("after", after);
            }
            GraphQlTester.Response response = request.execute();
            List<AuditRow> page = response.path("auditTrail.edges[*].node").entityList(AuditRow.class).get();
            Map<?, ?> pageInfo = response.path("auditTrail.pageInfo").entity(Map.class).get();
            rows.addAll(page);
            more = !page.isEmpty() && Boolean.TRUE.equals(pageInfo.get("hasNextPage"));
            after = (String) pageInfo.get("endCursor");
        }
        return rows;
    }

    /** The one error a rejected request answers with. */
    public static ResponseError singleError(GraphQlTester.Response response) {
        List<ResponseError> errors = new ArrayList<>();
        response.errors().satisfy(errors::addAll);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    public static Object classificationOf(ResponseError error) {
        return error.getExtensions().get("classification");
    }
}
