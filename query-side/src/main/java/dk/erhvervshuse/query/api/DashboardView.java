package dk.erhvervshuse.query.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A house's dashboard (målopfyldelse) for a calendar year: every national goal of §8.1 and every local goal
 * of its result contract in force, each with value, target and whether it is met, computed under one
 * definition set.
 *
 * @param definitionSet        the definitions the values were computed by, e.g. {@code v1}
 * @param house                the house (erhvervshus), e.g. FYN
 * @param contractStatus       the status of the house's result contract (resultatkontrakt) for the year: DRAFT,
 *                             PARTLY_SIGNED, IN_FORCE; null when none was proposed
 * @param contractEffectiveOn  when the contract took effect; null until it is in force
 * @param goals                the national goals in the order of §8.1, then the local goals
 */
public record DashboardView(String definitionSet, String house, int year, String contractStatus,
                            LocalDate contractEffectiveOn, List<GoalResultView> goals) {

    /** The goal with this id, e.g. {@code goal1}; null if the dashboard has none. */
    public GoalResultView goal(String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst().orElse(null);
    }
}
