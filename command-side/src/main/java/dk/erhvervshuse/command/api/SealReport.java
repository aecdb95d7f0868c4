package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.SealedGoal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Seal a yearly report (afrapportering, agreement §9) with its numbers as reported: a house's report on its result
 * contract's goals to KKR, KL and the Business Authority, or ({@code house} null) the Authority's national report.
 * The numbers are read at the edge from a dashboard build; the command carries them with the build, its definition
 * set, the log position they reflect and the hash chain's hash of the commit at that position (§10.2), since the
 * command side reads no projections. {@code reportId} is {@code report:FYN:2025} ({@link #of}).
 * <p>
 * The handler answers {@link Sealed}: the seal's number, counting up per report, and its id.
 */
public record SealReport(@TargetAggregateIdentifier String reportId, House house, int year, String buildId,
                         String definitionSet, long logPosition, String commitHash, List<SealedGoal> goals,
                         LocalDate sealedOn) {

    public static SealReport of(House house, int year, String buildId, String definitionSet, long logPosition,
                                String commitHash, List<SealedGoal> goals, LocalDate sealedOn) {
        return new SealReport(ReportEvent.reportIdOf(house, year), house, year, buildId, definitionSet, logPosition,
                commitHash, goals, sealedOn);
    }

    /** The seal given: {@code report:FYN:2025:2} for the second seal of Fyn's report for 2025. */
    public record Sealed(String sealId, int sealNumber) {
    }
}
