package dk.erhvervshuse.command.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.SealReport;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedGoal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The seals of one yearly report (afrapportering, agreement §9): a house's report to KKR, KL and the Business
 * Authority on its result contract's goals for a year, or the Authority's national report. Each seal records the
 * numbers as reported, the definitions and build that computed them, and the log position and commit hash they
 * rest on, so that supervision (tilsyn, §10.2) sees what was reported and can hold it against the record later.
 * Its id is {@code report:FYN:2025} ({@link ReportEvent#reportIdOf}); its seals are numbered 1, 2, … in the order
 * given ({@code report:FYN:2025:2}).
 * <p>
 * Rules: the year is one of the agreement's (2024–2027) and is over when the report is sealed (§9: the houses
 * report on the previous year, by the end of its second quarter); every line belongs to the report's scope, once;
 * and a seal that would repeat the last one's numbers from the same build is refused, so that a retried command
 * cannot seal twice.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class ReportSeals {

    /** SHA-256 in lower-case hex, as the hash chain writes it. */
    private static final Pattern COMMIT_HASH = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String reportId;
    private House house;
    private int year;
    private int sealCount;
    private LastSeal last;

    /** What the latest seal held, to tell a repeat from a new seal. */
    record LastSeal(String sealId, String buildId, String definitionSet, List<SealedGoal> goals) {
    }

    protected ReportSeals() {
        // for Axon: sourced from events, or created empty by the first seal
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SealReport.Sealed handle(SealReport command, Clock clock) {
        String id = requireReportOf(command.reportId(), command.house(), command.year());
        LocalDate sealedOn = requireNotInFuture("sealedOn", command.sealedOn(), today(clock));
        requireYearOver(command.year(), sealedOn);
        String buildId = requireId("buildId", command.buildId());
        String definitionSet = requireId("definitionSet", command.definitionSet());
        requireLogPosition(command.logPosition());
        requireCommitHash(command.commitHash());
        List<SealedGoal> goals = requireLinesOfScope(command.goals(), command.house());
        requireNotARepeat(buildId, definitionSet, goals);
        int number = sealCount + 1;
        String sealId = ReportEvent.sealIdOf(id, number);
        apply(new ReportSealed(id, command.house(), command.year(), number, sealId, buildId, definitionSet,
                command.logPosition(), command.commitHash(), goals, sealedOn));
        return new SealReport.Sealed(sealId, number);
    }

    // ---- guards

    /** A year of the agreement and the id of the report of that house (or the nation) and year; returns the id. */
    private static String requireReportOf(String reportId, House house, int year) {
        if (!AgreementTerms.covers(year)) {
            throw invalid("year", "year.outsideAgreement", "the agreement covers " + AgreementTerms.FIRST_YEAR + "–"
                    + AgreementTerms.LAST_YEAR + "; there is no yearly report for " + year);
        }
        String id = requireId("reportId", reportId);
        String expected = ReportEvent.reportIdOf(house, year);
        if (!expected.equals(id)) {
            throw invalid("reportId", "reportId.mismatch", "reportId " + id + " is not the report of "
                    + ReportEvent.scopeOf(house) + " for " + year + ", " + expected);
        }
        return id;
    }

    /**
     * §9: the houses report "for det foregående år", and the Business Authority's report rests on "det senest
     * afsluttede kalenderår": a year's report is sealed once the year is over.
     */
    static void requireYearOver(int year, LocalDate sealedOn) {
        if (sealedOn.getYear() <= year) {
            throw invalid("sealedOn", "sealedOn.yearNotOver", "the report for " + year + " is sealed once the year is "
                    + "over (§9: a report concerns the previous calendar year); sealedOn is " + sealedOn);
        }
    }

    private static void requireLogPosition(long position) {
        if (position < 1) {
            throw invalid("logPosition", "logPosition.notPositive", "logPosition must be a position of the log, 1 or "
                    + "more, not " + position + ": a report of an empty log has nothing to seal");
        }
    }

    private static void requireCommitHash(String hash) {
        if (hash == null || !COMMIT_HASH.matcher(hash).matches()) {
            throw invalid("commitHash", "commitHash.format", "commitHash must be the chain's SHA-256 hash in "
                    + "lower-case hex (64 characters), not " + hash);
        }
    }

    /**
     * A house's report has lines of that house only; the national report the roll-up (NATIONAL) and each house's
     * rows. Every line names its goal, and a goal appears once per scope.
     */
    private static List<SealedGoal> requireLinesOfScope(List<SealedGoal> goals, House house) {
        if (goals == null || goals.isEmpty()) {
            throw invalid("goals", "goals.required", "a sealed report has at least one goal");
        }
        Set<String> seen = new HashSet<>();
        for (SealedGoal goal : goals) {
            if (goal == null) {
                throw invalid("goals", "goals.required", "a sealed report has no empty lines");
            }
            requireId("goals.goalId", goal.goalId());
            boolean ofScope = house != null ? house.name().equals(goal.scope())
                    : ReportEvent.NATIONAL.equals(goal.scope()) || isHouse(goal.scope());
            if (!ofScope) {
                throw invalid("goals.scope", "goals.scope.notOfReport", "the report of " + ReportEvent.scopeOf(house)
                        + " has no line for " + goal.scope());
            }
            if (!seen.add(goal.scope() + "/" + goal.goalId())) {
                throw invalid("goals.goalId", "goals.goalId.duplicate", goal.goalId() + " appears twice for "
                        + goal.scope());
            }
        }
        return List.copyOf(goals);
    }

    private static boolean isHouse(String scope) {
        for (House house : House.values()) {
            if (house.name().equals(scope)) {
                return true;
            }
        }
        return false;
    }

    private void requireNotARepeat(String buildId, String definitionSet, List<SealedGoal> goals) {
        if (last != null && last.buildId().equals(buildId) && last.definitionSet().equals(definitionSet)
                && byValue(last.goals()).equals(byValue(goals))) {
            throw new StateConflict(null, "seal.noChange", "seal " + last.sealId() + " already holds these numbers of "
                    + "build " + buildId + "; nothing in them has changed since");
        }
    }

    /** The lines with their numbers by value: 47.5 and 47.50 are one number. */
    private static List<SealedGoal> byValue(List<SealedGoal> goals) {
        return goals.stream().map(goal -> new SealedGoal(goal.scope(), goal.goalId(), goal.goalNumber(),
                goal.national(), goal.title(), goal.definitionId(), goal.measure(), goal.unit(), plain(goal.actual()),
                plain(goal.target()), goal.comparison(), goal.targetSource(), goal.met(), goal.note(),
                goal.counts() == null ? null : new SealedCounts(goal.counts().counted(), goal.counts().excluded(),
                        goal.counts().numerator(), goal.counts().denominator(), goal.counts().promoters(),
                        goal.counts().passives(), goal.counts().detractors(), goal.counts().respondents(),
                        plain(goal.counts().companyMeanGrowth()), plain(goal.counts().controlGroupGrowth()),
                        goal.counts().onPreliminaryDeliveries(), goal.counts().onRestatedDeliveries()),
                goal.delivery())).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    // ---- state

    @EventSourcingHandler
    void on(ReportSealed event) {
        reportId = event.reportId();
        house = event.house();
        year = event.year();
        sealCount = Math.max(sealCount, event.sealNumber());
        last = new LastSeal(event.sealId(), event.buildId(), event.definitionSet(), event.goals());
    }
}
