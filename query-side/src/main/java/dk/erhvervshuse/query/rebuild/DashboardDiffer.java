package dk.erhvervshuse.query.rebuild;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;
import dk.erhvervshuse.query.api.DashboardDiff;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two builds' dashboards side by side: each national goal's value, target and fulfilment under both, and
 * for a house's goals the entries of the explanation that moved — counted under one definition and not the
 * other, or counted under both with another value — each with its reason under both. The explanations are
 * read whole only for goals whose definition or value differs.
 */
final class DashboardDiffer {

    private final String fromId;
    private final MongoDashboardQueries from;
    private final String toId;
    private final MongoDashboardQueries to;

    DashboardDiffer(String fromId, MongoDashboardQueries from, String toId, MongoDashboardQueries to) {
        this.fromId = fromId;
        this.from = from;
        this.toId = toId;
        this.to = to;
    }

    DashboardDiff diff(House house, int year, int movedFirst) {
        List<DashboardDiff.Scope> scopes = new ArrayList<>();
        List<House> houses = house == null ? List.of(House.values()) : List.of(house);
        for (House each : houses) {
            scopes.add(new DashboardDiff.Scope(each.name(), goals(from.dashboard(each, year).goals(),
                    to.dashboard(each, year).goals(), goalId -> moved(each, year, goalId), movedFirst)));
        }
        if (house == null) {
            scopes.add(new DashboardDiff.Scope(DashboardNamespace.NATIONAL, goals(from.nationalDashboard(year).goals(),
                    to.nationalDashboard(year).goals(), goalId -> List.of(), movedFirst)));
        }
        return new DashboardDiff(fromId, toId, from.dashboard(houses.get(0), year).definitionSet(),
                to.dashboard(houses.get(0), year).definitionSet(), year, scopes);
    }

    private static List<DashboardDiff.Goal> goals(List<GoalResultView> fromGoals, List<GoalResultView> toGoals,
                                                  Function<String, List<DashboardDiff.Moved>> moved, int movedFirst) {
        Map<String, GoalResultView> fromById = byId(fromGoals);
        Map<String, GoalResultView> toById = byId(toGoals);
        List<DashboardDiff.Goal> goals = new ArrayList<>();
        for (NationalGoal goal : NationalGoal.values()) {
            GoalResultView a = fromById.get(goal.id());
            GoalResultView b = toById.get(goal.id());
            if (a == null || b == null) {
                continue;
            }
            boolean changed = !Objects.equals(a.definitionId(), b.definitionId()) || !same(a.actual(), b.actual())
                    || !Objects.equals(a.met(), b.met()) || !Objects.equals(a.counts(), b.counts());
            List<DashboardDiff.Moved> all = changed ? moved.apply(goal.id()) : List.of();
            goals.add(new DashboardDiff.Goal(goal.id(), a.definitionId(), b.definitionId(), a.actual(), b.actual(),
                    a.target(), b.target(), a.met(), b.met(), changed, all.size(),
                    all.subList(0, Math.min(movedFirst, all.size()))));
        }
        return goals;
    }

    /** The entries of a house's goal that moved, by CVR and case. */
    private List<DashboardDiff.Moved> moved(House house, int year, String goalId) {
        Map<String, ExplainEntry> before = byKey(from.allEntries(house, year, goalId));
        Map<String, ExplainEntry> after = byKey(to.allEntries(house, year, goalId));
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<DashboardDiff.Moved> moved = new ArrayList<>();
        for (String key : keys) {
            ExplainEntry a = before.get(key);
            ExplainEntry b = after.get(key);
            boolean countedA = a != null && a.counted();
            boolean countedB = b != null && b.counted();
            boolean valueMoved = countedA && countedB && !same(a.value(), b.value());
            if (countedA != countedB || valueMoved) {
                ExplainEntry either = a != null ? a : b;
                moved.add(new DashboardDiff.Moved(either.cvr(), either.caseId(), a == null ? null : a.counted(),
                        b == null ? null : b.counted(), a == null ? null : a.value(), b == null ? null : b.value(),
                        a == null ? null : a.reason(), b == null ? null : b.reason()));
            }
        }
        return moved;
    }

    /** Entries matched across definitions by what they are about: the company, the case, the evaluation. */
    private static Map<String, ExplainEntry> byKey(List<ExplainEntry> entries) {
        Map<String, ExplainEntry> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ExplainEntry entry : entries) {
            String subject = entry.cvr() + "|" + entry.caseId();
            int occurrence = seen.merge(subject, 1, Integer::sum);
            byKey.put(subject + "|" + occurrence, entry);
        }
        return byKey;
    }

    private static Map<String, GoalResultView> byId(List<GoalResultView> goals) {
        Map<String, GoalResultView> byId = new LinkedHashMap<>();
        goals.forEach(goal -> byId.put(goal.goalId(), goal));
        return byId;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
