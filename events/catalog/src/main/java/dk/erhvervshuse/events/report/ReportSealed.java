package dk.erhvervshuse.events.report;

import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Årsrapport forseglet: a yearly report (afrapportering, §9) was sealed with its numbers as reported: a house's
 * report to KKR, KL and the Business Authority on its contract's goals, or (house null) the Authority's national
 * report. It says which definitions and dashboard build computed the numbers and the log position they reflect,
 * with the hash of the commit at that position, so that supervision (tilsyn, §10.2) can verify against the hash
 * chain what the numbers rest on and compare them with the same report computed later.
 *
 * @param reportId      {@code report:FYN:2025} or {@code report:NATIONAL:2025} ({@link ReportEvent#reportIdOf})
 * @param sealNumber    1 for the report's first seal, counting up with each later one
 * @param sealId        {@code report:FYN:2025:1} ({@link ReportEvent#sealIdOf})
 * @param buildId       the dashboard build the numbers were read from, e.g. {@code v1} or {@code v2-1}
 * @param definitionSet the definition set that build computes, e.g. {@code v1}
 * @param logPosition   the last log position the build had handled when the numbers were read
 * @param commitHash    the hash chain's hash of the commit holding {@code logPosition}
 * @param goals         every line of the report: per goal and scope (the house, or NATIONAL and each house)
 * @param sealedOn      the business date of the seal
 */
@EventRevision("1")
public record ReportSealed(String reportId, House house, int year, int sealNumber, String sealId, String buildId,
                           String definitionSet, long logPosition, String commitHash, List<SealedGoal> goals,
                           LocalDate sealedOn)
        implements ReportEvent {
    public ReportSealed {
        Objects.requireNonNull(reportId, "reportId");
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
