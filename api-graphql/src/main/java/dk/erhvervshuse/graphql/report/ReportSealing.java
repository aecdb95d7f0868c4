package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.command.api.SealReport;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedDelivery;
import dk.erhvervshuse.events.report.SealedGoal;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.ChainVerification;
import dk.erhvervshuse.graphql.common.AuditedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.common.CommandTarget;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportQueries;
import dk.erhvervshuse.query.api.ReportView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Sealing a yearly report (§9): the report is read from the build asked for, with the log position its numbers
 * reflect; the hash of the commit at that position is taken from the hash chain's verification of that position
 * (the one way the registry tells a position's hash, {@link AuditChain}, so that a later verification by supervision
 * must reach the same hash, §10.2); then the numbers, the build, its definition set, the position and the hash are
 * sealed by the command side, which gives the seal its number.
 */
@Component
class ReportSealing {

    private final ReportQueries reports;
    private final AuditChain chain;
    private final AuditedCommands commands;
    private final BusinessCalendar calendar;

    ReportSealing(ReportQueries reports, AuditChain chain, AuditedCommands commands, BusinessCalendar calendar) {
        this.reports = reports;
        this.chain = chain;
        this.commands = commands;
        this.calendar = calendar;
    }

    /** A seal given: what it sealed and the command's acknowledgement. */
    record Sealed(String sealId, int sealNumber, String reportId, String buildId, String definitionSet,
                  long logPosition, String commitHash, String commandId, Instant acceptedAt) {
    }

    /** @param house null for the national report */
    Sealed seal(Actor actor, House house, int year, String buildId, LocalDate sealedOn) {
        ReportView report = house == null ? reports.nationalReport(year, buildId)
                : reports.houseReport(house, year, buildId);
        String hash = hashAt(report.logPosition());
        SealReport command = SealReport.of(house, year, report.buildId(), report.definitionSet(),
                report.logPosition(), hash, report.lines().stream().map(ReportSealing::sealed).toList(),
                calendar.orToday(sealedOn));
        AuditedCommands.Answered answered = commands.sendForAnswer(command, actor, null, target(command.reportId()));
        SealReport.Sealed seal = (SealReport.Sealed) answered.answer();
        return new Sealed(seal.sealId(), seal.sealNumber(), command.reportId(), report.buildId(),
                report.definitionSet(), report.logPosition(), hash, answered.acknowledgement().commandId(),
                answered.acknowledgement().acceptedAt());
    }

    /** The chain's hash of the commit holding {@code position}, verified from the nearest anchor before it. */
    private String hashAt(long position) {
        if (position < 1) {
            throw new StateConflict(null, "log.empty", "nothing has been recorded yet: there is no report to seal");
        }
        ChainVerification verification = chain.verify(position, position);
        if (!verification.verified() || verification.to() < position) {
            throw new StateConflict(null, "log.chainBroken", "the log's hash chain does not verify up to position "
                    + position + (verification.firstBreak() == null ? ""
                    : " (" + verification.firstBreak().kind() + " at position " + verification.firstBreak().position()
                    + ")") + ": a report resting on it cannot be sealed; supervision must look at the log first");
        }
        return verification.headHash();
    }

    private static CommandTarget target(String reportId) {
        return new CommandTarget("year", "the report " + reportId + " was never sealed",
                "the report " + reportId + " is already sealed", "the seals of report " + reportId);
    }

    static SealedGoal sealed(ReportLine line) {
        GoalResultView.Counts counts = line.counts();
        GoalResultView.Delivery delivery = line.delivery();
        return new SealedGoal(line.scope(), line.goalId(), line.goalNumber(), line.national(), line.title(),
                line.definitionId(), line.measure(), line.unit(), line.actual(), line.target(),
                line.comparison() == null ? null : Comparison.valueOf(line.comparison()), line.targetSource(),
                line.met(), line.note(),
                counts == null ? null : new SealedCounts(counts.counted(), counts.excluded(), counts.numerator(),
                        counts.denominator(), counts.promoters(), counts.passives(), counts.detractors(),
                        counts.respondents(), counts.companyMeanGrowth(), counts.controlGroupGrowth(),
                        counts.onPreliminaryDeliveries(), counts.onRestatedDeliveries()),
                delivery == null ? null : new SealedDelivery(delivery.source(), delivery.revision(),
                        delivery.status() == null ? null : DeliveryStatus.valueOf(delivery.status()),
                        delivery.deliveredOn(), delivery.preliminary(), delivery.restated()));
    }

    static String reportIdOf(House house, int year) {
        return ReportEvent.reportIdOf(house, year);
    }
}
