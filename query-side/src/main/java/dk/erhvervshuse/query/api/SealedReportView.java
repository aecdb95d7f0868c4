package dk.erhvervshuse.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sealed yearly report (forseglet afrapportering, §9): the report's numbers exactly as they were sealed, with
 * what they rest on (§10.2): the build and definitions that computed them, the log position they reflect and the
 * hash chain's hash of the commit at that position, and who sealed it, when.
 *
 * @param sealId       {@code report:FYN:2025:2}
 * @param sealNumber   1 for the report's first seal, counting up
 * @param house        null for the national report
 * @param logPosition  the last log position the numbers reflect
 * @param commitHash   the hash chain's hash of the commit holding {@code logPosition}; a verification of the chain
 *                     to that position must reach the same hash
 * @param sealedOn     the business date of the seal
 * @param sealedAt     when the seal was recorded in the log
 * @param sealedBy     who sealed it, with {@code sealedByRole}
 * @param sealPosition the seal's own place in the log (see the audit trail)
 */
public record SealedReportView(String sealId, int sealNumber, String reportId, String house, int year,
                               String buildId, String definitionSet, long logPosition, String commitHash,
                               List<ReportLine> lines, LocalDate sealedOn, Instant sealedAt, String sealedBy,
                               String sealedByRole, long sealPosition) {

    public SealedReportView {
        lines = List.copyOf(lines);
    }

    /** The sealed numbers as a report. */
    public ReportView report() {
        return new ReportView(reportId, house, year, buildId, definitionSet, logPosition, null, lines);
    }
}
