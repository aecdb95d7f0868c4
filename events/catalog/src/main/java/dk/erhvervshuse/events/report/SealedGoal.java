package dk.erhvervshuse.events.report;

import dk.erhvervshuse.events.contract.Comparison;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a sealed report: one goal for one scope, as reported. A national goal of §8.1 (computed by the
 * registry under {@code definitionId}) or a local goal of the result contract (§8.2), which the registry holds no
 * definition of: its value is the house's to report ({@code national} false, {@code actual} as the house gave it,
 * or null).
 *
 * @param scope        the house's name, or {@code NATIONAL} for the national roll-up
 * @param targetSource CONTRACT, AGREEMENT_DEFAULT or NONE: where the target came from
 * @param counts       the numbers behind the value; null for a local goal
 * @param delivery     the external delivery the value rested on (goal 2, goal 5); null if none
 */
public record SealedGoal(String scope, String goalId, Integer goalNumber, boolean national, String title,
                         String definitionId, String measure, String unit, BigDecimal actual, BigDecimal target,
                         Comparison comparison, String targetSource, Boolean met, String note, SealedCounts counts,
                         SealedDelivery delivery) {
    public SealedGoal {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(goalId, "goalId");
    }
}
