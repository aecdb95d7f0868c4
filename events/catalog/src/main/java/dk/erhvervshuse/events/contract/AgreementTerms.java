package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The national targets of the agreement 2024–2027 (§8.1), the default terms of every house's result
 * contract until one is signed for the year. Where the agreement leaves a year open, the choice is
 * written here:
 * <ul>
 *     <li>Goal 1: the 2024 split by population (Hovedstaden 385 … Fyn 94, summing to the national 1,200)
 *     is used for every year; the agreement gives no other split.</li>
 *     <li>Goal 2, offers: at least 55 % in 2025 and 65 % in 2027 are stated; 2024 takes 55 % (the first
 *     stated level) and 2026 takes 60 % (midway).</li>
 *     <li>Goal 5, drift: "a growth in productivity" over the control group means more than 0 points.</li>
 * </ul>
 */
public final class AgreementTerms {

    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2027;

    private AgreementTerms() {
    }

    public static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The national goals with the agreement's targets for this house and year. */
    public static List<ContractGoal> nationalGoals(House house, int year) {
        if (!covers(year)) {
            throw new IllegalArgumentException("the agreement covers " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        List<ContractGoal> goals = new ArrayList<>();
        goals.add(goal(NationalGoal.ENTREPRENEURS, "Guided companies under 3 years old",
                Comparison.AT_LEAST, house.entrepreneurTarget2024()));
        goals.add(goal(NationalGoal.AWARENESS_OF_HOUSE, "Companies that know the house",
                Comparison.AT_LEAST, 50));
        goals.add(goal(NationalGoal.AWARENESS_OF_OFFERS, "Of those, companies that know its offers",
                Comparison.AT_LEAST, offersAwarenessTarget(year)));
        goals.add(goal(NationalGoal.SATISFACTION_OPERATIONS, "Net Promoter Score, drift segment",
                Comparison.AT_LEAST, 70));
        goals.add(goal(NationalGoal.SATISFACTION_GROWTH, "Net Promoter Score, vækst segment",
                Comparison.AT_LEAST, 70));
        goals.add(goal(NationalGoal.HUB_FUNCTION, "Referred companies that used a referral",
                Comparison.AT_LEAST, 50));
        goals.add(goal(NationalGoal.EFFECT_GROWTH_REVENUE, "Extra revenue growth, vækst segment",
                Comparison.AT_LEAST, 10));
        goals.add(goal(NationalGoal.EFFECT_GROWTH_EMPLOYMENT, "Extra employment growth, vækst segment",
                Comparison.AT_LEAST, 5));
        goals.add(goal(NationalGoal.EFFECT_OPERATIONS_PRODUCTIVITY, "Extra productivity growth, drift segment",
                Comparison.GREATER_THAN, 0));
        goals.add(goal(NationalGoal.SUSTAINABILITY, "Sustainability guidance that helped to a high degree",
                Comparison.AT_LEAST, 70));
        return List.copyOf(goals);
    }

    private static int offersAwarenessTarget(int year) {
        return switch (year) {
            case 2024, 2025 -> 55;
            case 2026 -> 60;
            default -> 65;
        };
    }

    private static ContractGoal goal(NationalGoal goal, String title, Comparison comparison, int target) {
        return new ContractGoal(goal.id(), title, null, goal.unit(), comparison, BigDecimal.valueOf(target));
    }
}
