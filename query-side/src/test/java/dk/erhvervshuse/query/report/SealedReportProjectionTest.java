package dk.erhvervshuse.query.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.StoredDocuments;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.api.SealedReportView;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sealed reports are kept as sealed, for supervision to read by key (§10.2): a seal by its id, a house-year's seals
 * in the order of their numbers; delivered twice or replayed from scratch, the same.
 */
class SealedReportProjectionTest {

    static final int YEAR = 2025;
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void aYear() {
        fixture.story.opened("c-1", House.FYN, "13748136", "2024-02-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", House.FYN, "13748136", "m-1", "2025-02-03");
    }

    @Test
    void aSealIsReadBackWithTheNumbersAsSealedAndWhoSealedItWhere() {
        ReportView report = fixture.reports.houseReport(House.FYN, YEAR, null);
        ReportSealed sealed = fixture.seal(report, "analyst-7");

        SealedReportView view = fixture.seals.sealedReport(sealed.sealId()).orElseThrow();

        assertThat(view.sealId()).isEqualTo("report:FYN:2025:1");
        assertThat(view.sealNumber()).isEqualTo(1);
        assertThat(view.house()).isEqualTo("FYN");
        assertThat(view.buildId()).isEqualTo(report.buildId());
        assertThat(view.definitionSet()).isEqualTo(report.definitionSet());
        assertThat(view.logPosition()).isEqualTo(report.logPosition());
        assertThat(view.commitHash()).isEqualTo(ReportFixture.HASH);
        assertThat(view.sealedBy()).isEqualTo("analyst-7");
        assertThat(view.sealedByRole()).isEqualTo("BUSINESS_AUTHORITY_ANALYST");
        assertThat(view.sealPosition()).isEqualTo(fixture.log.size());
        assertThat(view.sealedAt()).isEqualTo(EventLog.recordedAtOf(fixture.log.size()));
        assertThat(view.lines()).hasSameSizeAs(report.lines());
        for (int i = 0; i < report.lines().size(); i++) {
            ReportLine then = report.lines().get(i);
            ReportLine kept = view.lines().get(i);
            assertThat(kept).usingRecursiveComparison()
                    .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .isEqualTo(then);
        }
    }

    @Test
    void aHouseYearsSealsAreListedByNumberAndOtherReportsApart() {
        ReportSealed first = fixture.seal(fixture.reports.houseReport(House.FYN, YEAR, null), "analyst");
        fixture.story.meeting("c-1", House.FYN, "13748136", "m-2", "2025-05-03");
        ReportSealed second = fixture.seal(fixture.reports.houseReport(House.FYN, YEAR, null), "manager.fyn");
        ReportSealed national = fixture.seal(fixture.reports.nationalReport(YEAR, null), "analyst");

        assertThat(fixture.seals.sealedReports(House.FYN, YEAR)).extracting(SealedReportView::sealId)
                .containsExactly(first.sealId(), second.sealId());
        assertThat(second.sealNumber()).isEqualTo(2);
        assertThat(fixture.seals.sealedReports(null, YEAR)).extracting(SealedReportView::sealId)
                .containsExactly(national.sealId());
        assertThat(national.sealId()).isEqualTo("report:NATIONAL:2025:1");
        assertThat(fixture.seals.sealedReports(House.HOVEDSTADEN, YEAR)).isEmpty();
        assertThat(fixture.seals.sealedReports(House.FYN, 2024)).isEmpty();
    }

    @Test
    void theSameSealDeliveredTwiceOrReplayedFromScratchGivesTheSameDocuments() {
        fixture.seal(fixture.reports.houseReport(House.FYN, YEAR, null), "analyst");
        fixture.seal(fixture.reports.nationalReport(YEAR, null), "analyst");
        Map<String, List<Document>> once = documents();

        Deliver.inOneBatch(fixture.sealProjection, fixture.log.all());
        assertThat(documents()).isEqualTo(once);

        Deliver.reset(fixture.sealProjection);
        assertThat(documents().values()).allSatisfy(stored -> assertThat(stored).isEmpty());
        Deliver.inBatchesOf(3, fixture.sealProjection, fixture.log.all());
        assertThat(documents()).isEqualTo(once);
    }

    private Map<String, List<Document>> documents() {
        return StoredDocuments.contentsOf(fixture.database,
                SealedReportProjection.COLLECTIONS.toArray(String[]::new));
    }
}
