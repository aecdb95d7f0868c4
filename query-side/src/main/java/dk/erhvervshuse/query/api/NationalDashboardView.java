package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * The national roll-up (national målopfyldelse) of the six houses' dashboards for a year, against the
 * agreement's national targets (§8.1): goal 1 counts distinct companies (a company guided by two houses
 * counts once), goals 3–6 pool the houses' counts, goal 2 weights the houses' surveys by respondents.
 *
 * @param goals the national goals in the order of §8.1; no local goals
 */
public record NationalDashboardView(String definitionSet, int year, List<GoalResultView> goals) {

    public GoalResultView goal(String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst().orElse(null);
    }
}
