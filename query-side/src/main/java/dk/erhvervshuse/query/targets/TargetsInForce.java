package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets a house is held to in a year: those of its result contract in force, else the agreement's
 * defaults (§8.1, §8.2); and the national targets of the agreement. See {@link DefinitionChoices}.
 */
public final class TargetsInForce {

    private TargetsInForce() {
    }

    /**
     * The national goals' targets in the order of §8.1, then the contract's local goals.
     *
     * @param contractInForce the goals of the house's contract for the year if it is in force, else null
     */
    public static List<GoalTarget> forHouse(House house, int year, List<ContractGoal> contractInForce) {
        Map<String, ContractGoal> contracted = new LinkedHashMap<>();
        if (contractInForce != null) {
            contractInForce.forEach(goal -> contracted.put(goal.goalId(), goal));
        }
        List<GoalTarget> targets = new ArrayList<>();
        for (ContractGoal standard : defaults(house, year)) {
            ContractGoal inContract = contracted.get(standard.goalId());
            if (inContract != null) {
                targets.add(target(inContract, GoalTarget.Source.CONTRACT));
            } else if (AgreementTerms.covers(year)) {
                targets.add(target(standard, GoalTarget.Source.AGREEMENT_DEFAULT));
            } else {
                targets.add(new GoalTarget(standard.goalId(), standard.title(), null, standard.unit(), null, null,
                        GoalTarget.Source.NONE));
            }
        }
        contracted.values().stream().filter(goal -> !goal.concernsNationalGoal())
                .forEach(local -> targets.add(target(local, GoalTarget.Source.CONTRACT)));
        return targets;
    }

    /** The agreement's national targets: goal 1 the sum of the houses' shares, the others the thresholds of §8.1. */
    public static List<GoalTarget> national(int year) {
        List<GoalTarget> targets = new ArrayList<>();
        for (ContractGoal standard : defaults(House.values()[0], year)) {
            if (!AgreementTerms.covers(year)) {
                targets.add(new GoalTarget(standard.goalId(), standard.title(), null, standard.unit(), null, null,
                        GoalTarget.Source.NONE));
            } else if (standard.goalId().equals(NationalGoal.ENTREPRENEURS.id())) {
                BigDecimal total = BigDecimal.ZERO;
                for (House house : House.values()) {
                    total = total.add(targetOf(AgreementTerms.nationalGoals(house, year), standard.goalId()));
                }
                targets.add(new GoalTarget(standard.goalId(), standard.title(), null, standard.unit(),
                        standard.comparison(), total, GoalTarget.Source.AGREEMENT_DEFAULT));
            } else {
                targets.add(target(standard, GoalTarget.Source.AGREEMENT_DEFAULT));
            }
        }
        return targets;
    }

    /** The default terms, or for a year outside the agreement those of its first year (for titles and units). */
    private static List<ContractGoal> defaults(House house, int year) {
        return AgreementTerms.nationalGoals(house, AgreementTerms.covers(year) ? year : AgreementTerms.FIRST_YEAR);
    }

    private static BigDecimal targetOf(List<ContractGoal> goals, String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst()
                .map(ContractGoal::target).orElse(BigDecimal.ZERO);
    }

    private static GoalTarget target(ContractGoal goal, GoalTarget.Source source) {
        return new GoalTarget(goal.goalId(), goal.title(), goal.measure(), goal.unit(), goal.comparison(),
                goal.target(), source);
    }
}
