package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dk.erhvervshuse.graphql.support.Registrations.correctMeetingDate;
import static dk.erhvervshuse.graphql.support.Registrations.correctSegment;
import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.Registrations.withdrawMeeting;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.OTHER_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry's auditor (§10.2) lists the audit trail by house, user, event type and recording time through
 * GraphQL, a page at a time, and sees what each correction changed (§9). Guidance is registered at two houses
 * through mutations; what each filter must list is worked out from the whole trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditTrailFilterTest {

    private static final String TRAIL = """
            query Trail($filter: AuditTrailFilter, $first: Int, $after: String) {
              auditTrail(filter: $filter, first: $first, after: $after) {
                edges {
                  cursor
                  node {
                    position eventType aggregateId house userId recordedAt reason
                    correction { kind subjectId previousPosition fields { name previous corrected } }
                  }
                }
                pageInfo { hasNextPage endCursor }
              }
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

    private GraphQlTester auditor;
    /** The whole trail once the guidance below is in it: registered once for all the tests of the class. */
    private static List<Row> wholeTrail;

    record Field(String name, String previous, String corrected) {
    }

    record Correction(String kind, String subjectId, Long previousPosition, List<Field> fields) {
    }

    record Row(long position, String eventType, String aggregateId, String house, String userId, String recordedAt,
               String reason, Correction correction) {
    }

    @BeforeEach
    void guidanceAtTwoHouses() {
        RegistryClient registry = new RegistryClient(port);
        auditor = registry.as(AUDITOR);
        if (wholeTrail != null) {
            return;
        }
        GraphQlTester fyn = registry.as(ADVISER_FYN);
        GraphQlTester hovedstaden = registry.as(ADVISER_HOVEDSTADEN);
        openCase(fyn, "f-1", "FYN", CVR, "2020-01-01", "GROWTH", "2025-03-01", "CAPITAL");
        openCase(hovedstaden, "h-1", "HOVEDSTADEN", OTHER_CVR, "2020-01-01", "GROWTH", "2025-03-01", "CAPITAL");
        for (int m = 1; m <= 4; m++) {
            meeting(fyn, "f-1", "m-" + m, "2025-03-0" + (m + 1), "0.5", "CAPITAL");
            meeting(hovedstaden, "h-1", "m-" + m, "2025-03-0" + (m + 1), "0.5", "CAPITAL");
        }
        correctMeetingDate(fyn, "f-1", "m-1", ADVISER_FYN, "2025-03-02", "0.75", "hours were 0.75", "CAPITAL");
        withdrawMeeting(fyn, "f-1", "m-2", "duplicate of m-1");
        correctSegment(registry.as(MANAGER_FYN), "f-1", "OPERATIONS", "an established company");
        // every event, the hours ledgers' counts included, in the trail and in its index
        wholeTrail = eventually().until(() -> {
            List<Row> rows = readAll(null, 500);
            boolean indexed = !readAll(Map.of("eventTypes", List.of("CaseRegistrationCorrected")), 500).isEmpty();
            boolean whole = rows.stream().anyMatch(row -> row.eventType().equals("CaseRegistrationCorrected"))
                    && rows.stream().filter(row -> row.eventType().equals("GuidanceHoursCounted")).count() == 10;
            return indexed && whole ? rows : null;
        }, rows -> rows != null);
    }

    /** Every page of the filtered trail, each full but the last, following the end cursors. */
    private List<Row> readAll(Map<String, Object> filter, int first) {
        List<Row> rows = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Request<?> request = auditor.document(TRAIL).variable("first", first);
            if (filter != null) {
                request = request.variable("filter", filter);
            }
            if (after != null) {
                request = request.variable("after", after);
            }
            GraphQlTester.Response response = request.execute();
            List<Row> page = response.path("auditTrail.edges[*].node").entityList(Row.class).get();
            Map<?, ?> pageInfo = response.path("auditTrail.pageInfo").entity(Map.class).get();
            more = Boolean.TRUE.equals(pageInfo.get("hasNextPage"));
            if (more) {
                assertThat(page).hasSize(first);
            }
            rows.addAll(page);
            after = (String) pageInfo.get("endCursor");
        }
        return rows;
    }

    private List<Long> positionsWhere(Predicate<Row> criterion) {
        return wholeTrail.stream().filter(criterion).map(Row::position).toList();
    }

    private static List<Long> positions(List<Row> rows) {
        return rows.stream().map(Row::position).toList();
    }

    @Test
    void aHouseListsTheEventsConcerningItPageByPage() {
        assertThat(positions(readAll(Map.of("house", "FYN"), 3)))
                .containsExactlyElementsOf(positionsWhere(row -> "FYN".equals(row.house())))
                .hasSizeGreaterThan(3);
    }

    @Test
    void aUserAndEventTypesCombine() {
        Map<String, Object> filter = Map.of("userId", ADVISER_FYN,
                "eventTypes", List.of("GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn", "CaseRegistrationCorrected"));

        assertThat(readAll(filter, 1)).extracting(Row::eventType)
                .containsExactly("GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn");
    }

    @Test
    void aRecordingTimeRangeWithAHouse() {
        List<Row> fyn = wholeTrail.stream().filter(row -> "FYN".equals(row.house())).toList();
        Instant from = Instant.parse(fyn.get(2).recordedAt());
        Instant to = Instant.parse(fyn.get(fyn.size() - 2).recordedAt());
        Map<String, Object> filter = new HashMap<>(Map.of("house", "FYN", "recordedFrom", from.toString(),
                "recordedTo", to.toString()));

        assertThat(positions(readAll(filter, 2))).containsExactlyElementsOf(positionsWhere(row -> "FYN".equals(row.house())
                && !Instant.parse(row.recordedAt()).isBefore(from) && Instant.parse(row.recordedAt()).isBefore(to)));
    }

    @Test
    void aCorrectionSaysWhatItChangedAndWhereTheEarlierValueWasRegistered() {
        Row correction = readAll(Map.of("caseId", "f-1", "eventTypes", List.of("GuidanceMeetingCorrected")), 10).get(0);
        long recorded = wholeTrail.stream().filter(row -> row.aggregateId().equals("f-1")
                && row.eventType().equals("GuidanceMeetingRecorded")).findFirst().orElseThrow().position();

        assertThat(correction.reason()).isEqualTo("hours were 0.75");
        assertThat(correction.correction()).isEqualTo(new Correction("MEETING_CORRECTED", "m-1", recorded,
                List.of(new Field("hours", "0.5", "0.75"))));
        assertThat(readAll(Map.of("caseId", "f-1", "eventTypes", List.of("CaseRegistrationCorrected")), 10))
                .singleElement().satisfies(row -> {
                    assertThat(row.userId()).isEqualTo(MANAGER_FYN);
                    assertThat(row.correction().fields()).containsExactly(new Field("segment", "GROWTH", "OPERATIONS"));
                });
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptyLastPage() {
        GraphQlTester.Response response = auditor.document(TRAIL)
                .variable("filter", Map.of("userId", "nobody", "house", "FYN")).variable("first", 5).execute();

        response.path("auditTrail.edges").entityList(Object.class).hasSize(0);
        response.path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void anUnknownEventTypeIsABadRequestListingTheKnownOnes() {
        ResponseError error = singleError(auditor.document(TRAIL)
                .variable("filter", Map.of("eventTypes", List.of("MeetingHeld"))).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "filter.eventTypes")
                .containsEntry("rule", "eventType.unknown");
        assertThat(error.getMessage()).contains("MeetingHeld", "GuidanceMeetingRecorded", "UserEvaluationReceived");
    }

    @Test
    void aTimeRangeEndingBeforeItBeginsIsABadRequest() {
        ResponseError error = singleError(auditor.document(TRAIL)
                .variable("filter", Map.of("recordedFrom", "2025-06-01T00:00:00Z", "recordedTo", "2025-05-01T00:00:00Z"))
                .execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "filter.recordedTo")
                .containsEntry("rule", "recordedTo.notAfterFrom");
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequestNamingFirst() {
        ResponseError error = singleError(auditor.document(TRAIL).variable("first", 501).execute());

        assertThat(classificationOf(error)).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("field", "first").containsEntry("rule", "first.range");
    }
}
