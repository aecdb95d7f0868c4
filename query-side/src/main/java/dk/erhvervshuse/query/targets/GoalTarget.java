package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.Comparison;

import java.math.BigDecimal;

/**
 * A goal's target for a house (or the nation) and year, and where it comes from.
 *
 * @param measure for a local goal, what is measured in words; null for a national goal
 */
public record GoalTarget(String goalId, String title, String measure, String unit, Comparison comparison,
                         BigDecimal target, Source source) {

    /** Where a target comes from. */
    public enum Source {
        /** the house's result contract for the year, in force (as last amended) */
        CONTRACT,
        /** the agreement's default terms, while no contract is in force */
        AGREEMENT_DEFAULT,
        /** no target: a year outside the agreement */
        NONE
    }

    public boolean national() {
        return !goalId.startsWith("local.");
    }

    /** Whether the value meets the target; null when either is missing. */
    public Boolean metBy(BigDecimal value) {
        if (value == null || target == null || comparison == null) {
            return null;
        }
        int compared = value.compareTo(target);
        return switch (comparison) {
            case AT_LEAST -> compared >= 0;
            case GREATER_THAN -> compared > 0;
            case AT_MOST -> compared <= 0;
        };
    }
}
