package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV of a yearly report (§9): RFC 4180, UTF-8 with the Danish letters intact, no cell a spreadsheet would run
 * as a formula, and in a public export (§10.4) no count of 1–4 companies nor a value computed from so few.
 */
class ReportCsvTest {

    static GoalResultView.Counts counts(Integer counted, Integer excluded, Integer numerator, Integer denominator,
                                        Integer respondents, String companyMeanGrowth) {
        return new GoalResultView.Counts(counted, excluded, numerator, denominator, null, null, null, respondents,
                companyMeanGrowth == null ? null : new BigDecimal(companyMeanGrowth), new BigDecimal("2.5"), 0, 0);
    }

    static ReportLine national(String goalId, String actual, GoalResultView.Counts counts) {
        return new ReportLine("FYN", goalId, 1, true, false, "Guided companies under 3 years old", goalId + "/v1",
                null, "companies", actual == null ? null : new BigDecimal(actual), new BigDecimal("94"), "AT_LEAST",
                "CONTRACT", actual == null ? null : new BigDecimal(actual).compareTo(new BigDecimal("94")) >= 0, null,
                counts, null);
    }

    static ReportLine local(String goalId, String title, String unit) {
        return new ReportLine("FYN", goalId, null, false, true, title, null, "as the contract says", unit, null,
                new BigDecimal("12"), "AT_LEAST", "CONTRACT", null, "reported by the house", null, null);
    }

    static ReportView report(ReportLine... lines) {
        return new ReportView("report:FYN:2025", "FYN", 2025, "v1", "v1", 4711, "IN_FORCE", List.of(lines));
    }

    static List<Map<String, String>> rows(ReportView report, boolean publicExport) {
        return CsvRows.of(ReportCsv.of(report, null, null, publicExport));
    }

    @Test
    void hasAHeaderRowAndOneRowPerLineWithEveryColumn() {
        ReportView report = report(national("goal1", "97", counts(97, 3, null, null, null, null)),
                local("local.food", "Food", "companies"));

        List<List<String>> records = CsvRows.parse(new String(ReportCsv.of(report, null, null, false),
                java.nio.charset.StandardCharsets.UTF_8).substring(1));

        assertThat(records.get(0)).containsExactlyElementsOf(ReportCsv.COLUMNS);
        assertThat(records).hasSize(1 + report.lines().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR"})
    void aTextCellASpreadsheetWouldRunAsAFormulaIsShownAsText(String dangerous) {
        Map<String, String> row = rows(report(local("local.x", dangerous, dangerous)), false).get(0);

        assertThat(row.get("title")).isEqualTo("'" + dangerous);
        assertThat(row.get("unit")).isEqualTo("'" + dangerous);
    }

    @Test
    void aNegativeNumberInANumericColumnStaysANumber() {
        ReportLine effect = new ReportLine("FYN", "goal5.operations.productivity", 5, true, false,
                "Extra productivity growth, drift segment", "goal5.operations.productivity/v1", null,
                "percentage points", new BigDecimal("-1.5"), BigDecimal.ZERO, "GREATER_THAN", "AGREEMENT_DEFAULT",
                false, null, counts(12, 0, null, null, null, "-0.25"), null);

        Map<String, String> row = rows(report(effect), true).get(0);

        assertThat(row.get("actual")).isEqualTo("-1.5");
        assertThat(row.get("company_mean_growth")).isEqualTo("-0.25");
        assertThat(new BigDecimal(row.get("actual"))).isEqualByComparingTo("-1.5");
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackWhole() {
        String title = "Fødevarer, \"lokale\" virksomheder\r\npå Ærø og Fanø";

        byte[] csv = ReportCsv.of(report(local("local.food", title, "virksomheder (antal)")), null, null, false);

        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"Fødevarer, \"\"lokale\"\" virksomheder\r\npå Ærø og Fanø\"");
        assertThat(CsvRows.of(csv).get(0).get("title")).isEqualTo(title);
    }

    @Test
    void isUtf8WithAByteOrderMarkSoTheDanishLettersSurvive() {
        byte[] csv = ReportCsv.of(report(local("local.food", "Æbleavlere på Ærø, Sjælland og Fyn", "gårde")), null,
                null, false);

        assertThat(csv).startsWith(CsvRows.BOM);
        Map<String, String> row = CsvRows.of(csv).get(0);
        assertThat(row.get("title")).isEqualTo("Æbleavlere på Ærø, Sjælland og Fyn");
        assertThat(row.get("unit")).isEqualTo("gårde");
    }

    @Test
    void aPublicExportShowsCountsOfOneToFourCompaniesAsLessThanFiveAndZeroAsZero() {
        for (int count = 0; count <= 6; count++) {
            ReportLine line = national("goal1", String.valueOf(count), counts(count, count, null, null, null, null));

            Map<String, String> published = rows(report(line), true).get(0);
            Map<String, String> internal = rows(report(line), false).get(0);

            String expected = count >= 1 && count < SmallCountSuppression.THRESHOLD ? "<5" : String.valueOf(count);
            assertThat(published.get("counted")).as("published count %d", count).isEqualTo(expected);
            assertThat(published.get("excluded")).as("published count %d", count).isEqualTo(expected);
            assertThat(internal.get("counted")).as("internal count %d", count).isEqualTo(String.valueOf(count));
        }
    }

    @Test
    void aPublicExportLeavesOutAValueComputedFromFewerThanFiveCompaniesAndSaysWhy() {
        // a share of 3 referred companies, 2 of whom used a referral
        ReportLine share = new ReportLine("FYN", "goal4", 4, true, false, "Referred companies that used a referral",
                "goal4/v1", null, "percent", new BigDecimal("66.7"), new BigDecimal("50"), "AT_LEAST", "CONTRACT",
                true, null, counts(3, 0, 2, 3, null, null), null);

        Map<String, String> published = rows(report(share), true).get(0);
        Map<String, String> internal = rows(report(share), false).get(0);

        assertThat(published.get("actual")).isEmpty();
        assertThat(published.get("met")).isEmpty();
        assertThat(published.get("numerator")).isEqualTo("<5");
        assertThat(published.get("denominator")).isEqualTo("<5");
        assertThat(published.get("note")).isEqualTo(SmallCountSuppression.SUPPRESSED_NOTE);
        assertThat(internal.get("actual")).isEqualTo("66.7");
        assertThat(internal.get("met")).isEqualTo("true");
        assertThat(internal.get("denominator")).isEqualTo("3");
    }

    @Test
    void aValueFromFiveCompaniesOrMoreIsPublishedAsItIs() {
        ReportLine share = new ReportLine("FYN", "goal4", 4, true, false, "Referred companies that used a referral",
                "goal4/v1", null, "percent", new BigDecimal("60.0"), new BigDecimal("50"), "AT_LEAST", "CONTRACT",
                true, null, counts(5, 0, 3, 5, null, null), null);

        Map<String, String> published = rows(report(share), true).get(0);

        assertThat(published.get("actual")).isEqualTo("60.0");
        assertThat(published.get("numerator")).isEqualTo("<5");
        assertThat(published.get("denominator")).isEqualTo("5");
    }

    @Test
    void aSealedReportsRowsNameTheSealAndItsCommitHash() {
        byte[] csv = ReportCsv.of(report(national("goal1", "97", counts(97, 0, null, null, null, null))),
                "report:FYN:2025:1", "ab".repeat(32), false);

        Map<String, String> row = CsvRows.of(csv).get(0);

        assertThat(row).containsEntry("seal_id", "report:FYN:2025:1").containsEntry("commit_hash", "ab".repeat(32))
                .containsEntry("log_position", "4711").containsEntry("build_id", "v1");
    }
}
