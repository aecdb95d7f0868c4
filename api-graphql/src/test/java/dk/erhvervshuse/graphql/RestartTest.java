package dk.erhvervshuse.graphql;

import dk.erhvervshuse.graphql.support.RegistryClient;
import dk.erhvervshuse.graphql.support.RegistryClient.AuditRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.GUIDANCE_CASE;
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
 * The embedded default keeps the registry in its data directory: stopping the application and starting
 * it again on the same directory shows the same cases, and the cases go on from where they were.
 */
class RestartTest {


    @TempDir
    Path dataDirectory;

    @Test
    void aCaseRecordedBeforeARestartIsTheSameAfterItAndGoesOnFromWhereItWas() {
        String caseId = "case-across-restart";

        try (ConfigurableApplicationContext first = start()) {
            HttpGraphQlTester adviser = adviserOf(first);
            adviser.document(OPEN_CASE)
                    .variable("input", openCaseInput(caseId, "HOVEDSTADEN", CVR))
                    .execute()
                    .path("openGuidanceCase.caseId").entity(String.class).isEqualTo(caseId);
            adviser.document(RECORD_MEETING)
                    .variable("input", meetingInput(caseId, "m-1", "2.5", today().minusDays(3)))
                    .execute()
                    .path("recordGuidanceMeeting.meetingId").entity(String.class).isEqualTo("m-1");
            eventually().untilAsserted(() -> assertTotalHours(adviser, caseId, "2.5"));
        }

        try (ConfigurableApplicationContext second = start()) {
            HttpGraphQlTester adviser = adviserOf(second);
            eventually().untilAsserted(() -> {
                assertTotalHours(adviser, caseId, "2.5");
                adviser.document(GUIDANCE_CASE).variable("id", caseId).execute()
                        .path("guidanceCase.meetings[*].meetingId").entityList(String.class).containsExactly("m-1")
                        .path("guidanceCase.status").entity(String.class).isEqualTo("OPEN");
            });
            // The trail's index may still be catching up with what the first run recorded.
            List<AuditRow> trailBefore = eventually().until(() -> auditTrail(adviser, Map.of("caseId", caseId)),
                    rows -> rows.stream().map(AuditRow::eventType).toList()
                            .equals(List.of("GuidanceCaseOpened", "GuidanceMeetingRecorded")));

            // The case was rebuilt from the log: it remembers its meeting and its hours, so the new meeting
            // takes it past 3 hours (§9).
            assertThat(classificationOf(singleError(adviser.document(RECORD_MEETING)
                    .variable("input", meetingInput(caseId, "m-1", "1", today()))
                    .execute()))).isEqualTo("CONFLICT");
            adviser.document(RECORD_MEETING)
                    .variable("input", meetingInput(caseId, "m-2", "1", today()))
                    .execute()
                    .path("recordGuidanceMeeting.meetingId").entity(String.class).isEqualTo("m-2");
            eventually().untilAsserted(() -> assertTotalHours(adviser, caseId, "3.5"));
            eventually().untilAsserted(() ->
                    assertThat(auditTrail(adviser, Map.of("caseId", caseId)))
                            .startsWith(trailBefore.toArray(AuditRow[]::new))
                            .extracting(AuditRow::eventType)
                            .containsExactly("GuidanceCaseOpened", "GuidanceMeetingRecorded", "GuidanceMeetingRecorded",
                                    "CaseSelectedForUserEvaluation"));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run("--server.port=0", "--registry.mongo.data-directory=" + dataDirectory);
    }

    private static HttpGraphQlTester adviserOf(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RegistryClient(port).as(ADVISER_HOVEDSTADEN);
    }

    private static void assertTotalHours(HttpGraphQlTester adviser, String caseId, String expected) {
        String hours = adviser.document(GUIDANCE_CASE).variable("id", caseId).execute()
                .path("guidanceCase.totalHours").entity(String.class).get();
        assertThat(new BigDecimal(hours)).isEqualByComparingTo(expected);
    }
}
