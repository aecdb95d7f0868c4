package dk.erhvervshuse.query.api;

import java.math.BigDecimal;

/**
 * One line of a yearly report (afrapportering, §9): one goal for one scope, with its target, its value, whether
 * it is met, the definition that computed it and the counts behind it.
 *
 * @param scope           the house's name (e.g. {@code FYN}), or {@code NATIONAL} for the national roll-up
 * @param national        a national goal of §8.1 (true) or a local goal of the house's result contract (§8.2)
 * @param reportedByHouse a local goal: the registry holds no definition of it, so its value is the house's to
 *                        report (and is null here)
 * @param comparison      AT_LEAST, GREATER_THAN or AT_MOST
 * @param targetSource    CONTRACT, AGREEMENT_DEFAULT or NONE
 * @see GoalResultView for each field's meaning on a dashboard
 */
public record ReportLine(String scope, String goalId, Integer goalNumber, boolean national, boolean reportedByHouse,
                         String title, String definitionId, String measure, String unit, BigDecimal actual,
                         BigDecimal target, String comparison, String targetSource, Boolean met, String note,
                         GoalResultView.Counts counts, GoalResultView.Delivery delivery) {

    /** The scope of the national roll-up. */
    public static final String NATIONAL = "NATIONAL";

    /** A dashboard's goal as a line of the report of {@code scope}. */
    public static ReportLine of(String scope, GoalResultView goal) {
        return new ReportLine(scope, goal.goalId(), goal.goalNumber(), goal.national(), !goal.national(),
                goal.title(), goal.definitionId(), goal.measure(), goal.unit(), goal.actual(), goal.target(),
                goal.comparison(), goal.targetSource(), goal.met(), goal.note(), goal.counts(), goal.delivery());
    }
}
