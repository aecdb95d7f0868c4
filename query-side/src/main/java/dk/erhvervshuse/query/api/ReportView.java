package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * A yearly report (afrapportering, §9) as computed from a dashboard build: a house's report to KKR, KL and the
 * Business Authority on its result contract's goals, or ({@code house} null) the Authority's national report.
 *
 * @param reportId       {@code report:FYN:2025}, or {@code report:NATIONAL:2025}
 * @param buildId        the dashboard build the numbers were read from, e.g. {@code v1}
 * @param definitionSet  the definitions that build computes, e.g. {@code v1}
 * @param logPosition    the last log position the build had handled, both before and after the numbers were read
 * @param contractStatus for a house's report, its result contract's status for the year; else null
 * @param lines          a house's report: its national goals in the order of §8.1, then its contract's local
 *                       goals; the national report: per national goal the roll-up ({@code NATIONAL}) and then
 *                       each house's line, houses in their usual order
 */
public record ReportView(String reportId, String house, int year, String buildId, String definitionSet,
                         long logPosition, String contractStatus, List<ReportLine> lines) {

    public ReportView {
        lines = List.copyOf(lines);
    }

    /** The line of this goal and scope; null if the report has none. */
    public ReportLine line(String scope, String goalId) {
        return lines.stream().filter(line -> line.scope().equals(scope) && line.goalId().equals(goalId))
                .findFirst().orElse(null);
    }
}
