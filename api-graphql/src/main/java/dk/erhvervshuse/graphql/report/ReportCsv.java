package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A yearly report (§9) as CSV, one row per line of the report, for KKR, KL, the Business Authority and the public:
 * <ul>
 *     <li>RFC 4180: comma-separated, CRLF line ends, a header row, a cell quoted ({@code "…"}, inner quotes doubled)
 *     when it holds a comma, a quote, CR or LF;</li>
 *     <li>UTF-8 with a byte-order mark, so that spreadsheet programs read the Danish letters (æ, ø, å) as such;
 *     numbers with a decimal point ({@code 47.5}), as machine-readable data;</li>
 *     <li>formula-safe: a text cell (a title, a unit, a note …) that starts with {@code =}, {@code +}, {@code -},
 *     {@code @}, a tab or a carriage return is prefixed with {@code '}, so a spreadsheet shows it as text instead of
 *     running it. Numeric cells (actual, target, counts, growth, positions) are written by the registry from numbers
 *     and are never prefixed: {@code -1.5} stays a number;</li>
 *     <li>public exports suppress small counts ({@link SmallCountSuppression}).</li>
 * </ul>
 * A sealed report's CSV is written from the seal itself, so it shows the numbers exactly as sealed.
 */
final class ReportCsv {

    static final List<String> COLUMNS = List.of("report_id", "seal_id", "scope", "year", "goal_id", "goal_number",
            "national", "reported_by_house", "title", "definition_id", "measure", "unit", "actual", "target",
            "comparison", "met", "target_source", "counted", "excluded", "numerator", "denominator", "promoters",
            "passives", "detractors", "respondents", "company_mean_growth", "control_group_growth", "delivery_source",
            "delivery_revision", "delivery_status", "note", "build_id", "definition_set", "log_position",
            "commit_hash");

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private ReportCsv() {
    }

    /**
     * @param sealId     the seal's id for a sealed report; null for a report computed now
     * @param commitHash the sealed commit hash; null for a report computed now
     */
    static byte[] of(ReportView report, String sealId, String commitHash, boolean publicExport) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS.stream().map(ReportCsv::text).toList());
        for (ReportLine line : report.lines()) {
            row(csv, cells(report, line, sealId, commitHash, publicExport));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    private static List<String> cells(ReportView report, ReportLine line, String sealId, String commitHash,
                                      boolean publicExport) {
        GoalResultView.Counts counts = line.counts();
        GoalResultView.Delivery delivery = line.delivery();
        boolean suppressed = publicExport && SmallCountSuppression.suppressesValue(line);
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(text(report.reportId()));
        cells.add(text(sealId));
        cells.add(text(line.scope()));
        cells.add(number(report.year()));
        cells.add(text(line.goalId()));
        cells.add(number(line.goalNumber()));
        cells.add(flag(line.national()));
        cells.add(flag(line.reportedByHouse()));
        cells.add(text(line.title()));
        cells.add(text(line.definitionId()));
        cells.add(text(line.measure()));
        cells.add(text(line.unit()));
        cells.add(suppressed ? "" : number(line.actual()));
        cells.add(number(line.target()));
        cells.add(text(line.comparison()));
        cells.add(suppressed || line.met() == null ? "" : flag(line.met()));
        cells.add(text(line.targetSource()));
        cells.add(count(counts == null ? null : counts.counted(), publicExport));
        cells.add(count(counts == null ? null : counts.excluded(), publicExport));
        cells.add(count(counts == null ? null : counts.numerator(), publicExport));
        cells.add(count(counts == null ? null : counts.denominator(), publicExport));
        cells.add(count(counts == null ? null : counts.promoters(), publicExport));
        cells.add(count(counts == null ? null : counts.passives(), publicExport));
        cells.add(count(counts == null ? null : counts.detractors(), publicExport));
        cells.add(count(counts == null ? null : counts.respondents(), publicExport));
        cells.add(suppressed || counts == null ? "" : number(counts.companyMeanGrowth()));
        cells.add(counts == null ? "" : number(counts.controlGroupGrowth()));
        cells.add(text(delivery == null ? null : delivery.source()));
        cells.add(delivery == null ? "" : number(delivery.revision()));
        cells.add(text(delivery == null ? null : delivery.status()));
        cells.add(text(suppressed ? join(SmallCountSuppression.SUPPRESSED_NOTE, line.note()) : line.note()));
        cells.add(text(report.buildId()));
        cells.add(text(report.definitionSet()));
        cells.add(number(report.logPosition()));
        cells.add(text(commitHash));
        return cells;
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + "; " + second;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells)).append(CRLF);
    }

    private static String count(Integer count, boolean publicExport) {
        return publicExport ? SmallCountSuppression.count(count) : number(count);
    }

    private static String flag(boolean value) {
        return Boolean.toString(value);
    }

    /** A number written by the registry: never a formula, so never prefixed; a decimal point, no exponent. */
    static String number(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** A text cell: neutralised if a spreadsheet would take it for a formula, then quoted where RFC 4180 asks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return quoted(neutralised(value));
    }

    /** OWASP's list of the characters a spreadsheet starts a formula (or a DDE call) with. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }

    static String quoted(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
