package dk.erhvervshuse.query.report;

import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportRestatementView;
import dk.erhvervshuse.query.api.ReportRestatementView.Change;
import dk.erhvervshuse.query.api.ReportRestatementView.GoalRestatement;
import dk.erhvervshuse.query.api.ReportRestatementView.Status;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.api.SealedReportView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sealed report held against the same report computed now, line by line (the goal in its scope): what a
 * restatement (genopgørelse) of what was reported under §9 shows supervision (§10.2). Numbers compare by value
 * (47.5 and 47.50 are one number).
 */
final class Restatement {

    private Restatement() {
    }

    static ReportRestatementView of(SealedReportView sealed, ReportView now) {
        Map<String, ReportLine> nowByKey = new LinkedHashMap<>();
        now.lines().forEach(line -> nowByKey.put(key(line), line));
        List<GoalRestatement> goals = new ArrayList<>();
        for (ReportLine then : sealed.lines()) {
            ReportLine current = nowByKey.remove(key(then));
            if (current == null) {
                goals.add(new GoalRestatement(then.scope(), then.goalId(), then.title(), Status.REMOVED, List.of(),
                        then, null));
            } else {
                List<Change> changes = changes(then, current);
                goals.add(new GoalRestatement(then.scope(), then.goalId(), current.title(),
                        changes.isEmpty() ? Status.UNCHANGED : Status.CHANGED, changes, then, current));
            }
        }
        nowByKey.values().forEach(added -> goals.add(new GoalRestatement(added.scope(), added.goalId(),
                added.title(), Status.ADDED, List.of(), null, added)));
        return new ReportRestatementView(sealed, now, goals);
    }

    /** What differs between the line as sealed and the line now, in the order of {@link Change}. */
    static List<Change> changes(ReportLine then, ReportLine now) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(then.definitionId(), now.definitionId())) {
            changes.add(Change.DEFINITION);
        }
        if (!sameNumber(then.target(), now.target()) || !Objects.equals(then.comparison(), now.comparison())
                || !Objects.equals(then.targetSource(), now.targetSource())
                || !Objects.equals(then.title(), now.title()) || !Objects.equals(then.measure(), now.measure())
                || !Objects.equals(then.unit(), now.unit())) {
            changes.add(Change.TERMS);
        }
        if (!sameDelivery(then.delivery(), now.delivery())) {
            changes.add(Change.DELIVERY);
        }
        if (!sameCounts(then.counts(), now.counts())) {
            changes.add(Change.COUNTS);
        }
        if (!sameNumber(then.actual(), now.actual()) || !Objects.equals(then.note(), now.note())) {
            changes.add(Change.VALUE);
        }
        if (!Objects.equals(then.met(), now.met())) {
            changes.add(Change.FULFILMENT);
        }
        return changes;
    }

    private static String key(ReportLine line) {
        return line.scope() + "/" + line.goalId();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean sameCounts(GoalResultView.Counts a, GoalResultView.Counts b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.counted(), b.counted()) && Objects.equals(a.excluded(), b.excluded())
                && Objects.equals(a.numerator(), b.numerator()) && Objects.equals(a.denominator(), b.denominator())
                && Objects.equals(a.promoters(), b.promoters()) && Objects.equals(a.passives(), b.passives())
                && Objects.equals(a.detractors(), b.detractors()) && Objects.equals(a.respondents(), b.respondents())
                && sameNumber(a.companyMeanGrowth(), b.companyMeanGrowth())
                && sameNumber(a.controlGroupGrowth(), b.controlGroupGrowth())
                && Objects.equals(a.onPreliminaryDeliveries(), b.onPreliminaryDeliveries())
                && Objects.equals(a.onRestatedDeliveries(), b.onRestatedDeliveries());
    }

    private static boolean sameDelivery(GoalResultView.Delivery a, GoalResultView.Delivery b) {
        return Objects.equals(a, b);
    }
}
