package dk.erhvervshuse.events.contract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One goal of a result contract with its target for the year. A national goal's {@code goalId} is a
 * {@link NationalGoal#id()}; a local goal's is {@code local.<name>} and carries its own measure and unit.
 *
 * @param measure for a local goal, what is measured, in words; for a national goal, null (the agreement says)
 */
public record ContractGoal(String goalId, String title, String measure, String unit, Comparison comparison,
                           BigDecimal target) {
    public ContractGoal {
        Objects.requireNonNull(goalId, "goalId");
    }

    public boolean concernsNationalGoal() {
        return !goalId.startsWith("local.");
    }
}
