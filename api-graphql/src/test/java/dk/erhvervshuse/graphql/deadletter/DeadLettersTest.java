package dk.erhvervshuse.graphql.deadletter;

import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.OTHER_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.P_NUMBER;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards cannot apply a company's meetings for a while: the analyst sees the parked events through
 * GraphQL (the first meeting with its cause, the company's later events held behind it), with their count, retries them once the projection can apply them again, and they are gone;
 * auditors may look, advisers may not, and only analysts retry or evict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeadLettersTest {

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    /** Stands for a dashboards release that cannot apply this company's meetings until it is fixed. */
    @ProcessingGroup("dashboards")
    static class DashboardsFailingOnOneCompany {
        volatile boolean broken = true;

        @EventHandler
        void on(GuidanceMeetingRecorded meeting) {
            if (broken && meeting.cvr().value().equals(OTHER_CVR)) {
                throw new IllegalStateException("cannot apply the meeting of " + OTHER_CVR);
            }
        }
    }

    @TestConfiguration
    static class Fault {
        @Bean
        DashboardsFailingOnOneCompany dashboardsFailingOnOneCompany() {
            return new DashboardsFailingOnOneCompany();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    DashboardsFailingOnOneCompany fault;

    @LocalServerPort
    int port;

    private HttpGraphQlTester adviser;
    private HttpGraphQlTester analyst;
    private HttpGraphQlTester auditor;

    private static final String DEAD_LETTERS = """
            query Parked($group: String) {
              deadLetters(processingGroup: $group) {
                processingGroup parkedEvents sequences
                events { sequenceId position eventType causeType causeMessage retries }
              }
            }
            """;

    private static final String RETRY = """
            mutation Retry($input: RetryDeadLettersInput!) {
              retryDeadLetters(input: $input) { applied remaining cause }
            }
            """;

    @BeforeEach
    void connect() {
        RegistryClient registry = new RegistryClient(port);
        adviser = registry.as(ADVISER_FYN);
        analyst = registry.as(ANALYST);
        auditor = registry.as(AUDITOR);
    }

    @Test
    void theAnalystSeesAParkedCompanyRetriesItAfterTheFixAndNothingIsLeft() {
        String caseId = UUID.randomUUID().toString();
        adviser.document(RegistryClient.OPEN_CASE).variable("input", Map.of("caseId", caseId, "house", "FYN",
                        "office", "HEAD_OFFICE", "cvr", OTHER_CVR, "pNumber", P_NUMBER, "foundedOn", "2023-02-01",
                        "segment", "GROWTH", "themes", List.of("CAPITAL"), "openedOn", today().minusDays(20).toString()))
                .execute().path("openGuidanceCase.caseId").hasValue();
        for (int i = 0; i < 2; i++) {
            adviser.document(RegistryClient.RECORD_MEETING).variable("input", Map.of("caseId", caseId,
                            "form", "DIGITAL", "hours", "1.00", "themes", List.of("CAPITAL"),
                            "heldOn", today().minusDays(10 - i).toString()))
                    .execute().path("recordGuidanceMeeting.meetingId").hasValue();
        }

        eventually().untilAsserted(() -> assertThat(analyst.document(DEAD_LETTERS).variable("group", "dashboards")
                .execute().path("deadLetters[0].parkedEvents").entity(Integer.class).get()).isEqualTo(4));
        List<Map> events = auditor.document(DEAD_LETTERS).variable("group", "dashboards").execute()
                .path("deadLetters[0].events").entityList(Map.class).get();
        assertThat(events).extracting(e -> e.get("sequenceId")).containsOnly("company:" + OTHER_CVR);
        // The 20-hour rule's counts of the same meetings change the same company's documents: held back too.
        assertThat(events).extracting(e -> e.get("eventType"))
                .containsOnly("GuidanceMeetingRecorded", "GuidanceHoursCounted");
        assertThat(events.get(0).get("causeMessage")).asString().contains("cannot apply the meeting");
        assertThat(events.get(1).get("causeType")).isNull();
        assertThat(analyst.document(DEAD_LETTERS).variable("group", "guidance-views").execute()
                .path("deadLetters[0].parkedEvents").entity(Integer.class).get()).isZero();

        adviser.document(DEAD_LETTERS).execute().errors().satisfy(errors -> assertThat(errors)
                .extracting(RegistryClient::classificationOf).containsExactly("FORBIDDEN"));
        auditor.document(RETRY).variable("input", Map.of("processingGroup", "dashboards",
                "sequenceId", "company:" + OTHER_CVR)).execute().errors().satisfy(errors -> assertThat(errors)
                .extracting(RegistryClient::classificationOf).containsExactly("FORBIDDEN"));

        fault.broken = false;
        Map retried = analyst.document(RETRY).variable("input", Map.of("processingGroup", "dashboards",
                "sequenceId", "company:" + OTHER_CVR)).execute().path("retryDeadLetters").entity(Map.class).get();

        assertThat(retried).containsEntry("applied", 4).containsEntry("remaining", 0);
        assertThat(analyst.document(DEAD_LETTERS).variable("group", "dashboards").execute()
                .path("deadLetters[0].parkedEvents").entity(Integer.class).get()).isZero();
    }
}
