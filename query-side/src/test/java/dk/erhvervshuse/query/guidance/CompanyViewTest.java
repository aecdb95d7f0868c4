package dk.erhvervshuse.query.guidance;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.api.CompanyView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.LongStream;

import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CompanyViewTest {

    private GuidanceViewsProjection projection;
    private MongoGuidanceQueries queries;
    private final EventLog log = new EventLog();

    @BeforeEach
    void freshViews() {
        MongoDatabase database = TestMongo.freshDatabase();
        projection = new GuidanceViewsProjection(database);
        queries = new MongoGuidanceQueries(database);
        GuidanceStories.companyAtTwoHouses(log);
    }

    private CompanyView company() {
        return queries.company(COMPANY.value()).orElseThrow();
    }

    @Test
    void aCompanyGuidedByTwoHousesShowsTheCasesOfBothWithTheirHours() {
        Deliver.inOneBatch(projection, log.all());

        assertThat(company().cases())
                .extracting(CompanyView.CaseSummary::caseId, CompanyView.CaseSummary::house,
                        CompanyView.CaseSummary::status, c -> c.totalHours().toPlainString())
                .containsExactly(
                        tuple("c-1", "HOVEDSTADEN", "OPEN", "21.5"),
                        tuple("c-2", "FYN", "OPEN", "2.0"));
    }

    @Test
    void aDecisionRequiredByTheTwentyHourRuleIsPendingUntilManagementDecides() {
        Deliver.inOneBatch(projection, log.all());

        assertThat(company().decisions()).containsExactly(new CompanyView.DecisionRequirement(
                "req-1", "HOVEDSTADEN", new BigDecimal("21.5"), LocalDate.parse("2024-02-15"),
                LocalDate.parse("2025-02-14"), "PENDING", null, null, null, null));

        long before = log.size();
        GuidanceStories.managementDecides(log);
        Deliver.inOneBatch(projection, log.between(before + 1, log.size()));

        assertThat(company().decisions()).containsExactly(new CompanyView.DecisionRequirement(
                "req-1", "HOVEDSTADEN", new BigDecimal("21.5"), LocalDate.parse("2024-02-15"),
                LocalDate.parse("2025-02-14"), "DECIDED", "manager-2", true, "no private adviser offers this niche",
                LocalDate.parse("2025-02-20")));
    }

    @Test
    void theTimelineHasAnEntryPerEventAboutTheCompanyWithWhoRecordedItAndWhen() {
        GuidanceStories.managementDecides(log);
        Deliver.inOneBatch(projection, log.all());

        assertThat(company().timeline()).extracting(CompanyView.TimelineEntry::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(company().timeline().get(1)).isEqualTo(new CompanyView.TimelineEntry(
                2, "GuidanceMeetingRecorded", "c-1", "HOVEDSTADEN", LocalDate.parse("2025-01-10"),
                EventLog.recordedAtOf(2), "adviser-1", "Meeting m-1 recorded: 12.0 h on 2025-01-10"));
        assertThat(company().timeline().get(3))
                .extracting(CompanyView.TimelineEntry::eventType, CompanyView.TimelineEntry::house,
                        CompanyView.TimelineEntry::recordedBy)
                .containsExactly("GuidanceCaseOpened", "FYN", "adviser-9");
        assertThat(company().timeline().get(log.size() - 1))
                .extracting(CompanyView.TimelineEntry::eventType, CompanyView.TimelineEntry::caseId,
                        CompanyView.TimelineEntry::businessDate)
                .containsExactly("ManagementDecisionRecorded", null, LocalDate.parse("2025-02-20"));
    }

    @Test
    void aCaseSummaryFollowsTheCaseThroughCorrectionsAndClosing() {
        EventLog whole = new EventLog();
        GuidanceStories.wholeCase(whole);
        Deliver.inOneBatch(projection, whole.all());

        assertThat(company().cases()).singleElement().satisfies(summary -> {
            assertThat(summary.segment()).isEqualTo("OPERATIONS");
            assertThat(summary.status()).isEqualTo("CLOSED");
            assertThat(summary.totalHours()).isEqualByComparingTo("4.0");
            assertThat(summary.openedOn()).isEqualTo(LocalDate.parse("2025-03-01"));
        });
    }

    @Test
    void aCompanyNeverGuidedHasNoView() {
        Deliver.inOneBatch(projection, log.all());

        assertThat(queries.company(GuidanceStories.OTHER_COMPANY.value())).isEmpty();
    }
}
