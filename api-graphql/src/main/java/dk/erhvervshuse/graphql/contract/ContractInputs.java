package dk.erhvervshuse.graphql.contract;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The input types of the result contract's mutations (contract.graphqls), bound by Spring for GraphQL. */
final class ContractInputs {

    private ContractInputs() {
    }

    record ContractGoalInput(String goalId, String title, String measure, String unit, Comparison comparison,
                             BigDecimal target) {

        ContractGoal toGoal() {
            return new ContractGoal(goalId, title, measure, unit, comparison, target);
        }

        /** The goals given, or null when none were (a proposal then takes the agreement's). */
        static List<ContractGoal> toGoals(List<ContractGoalInput> inputs) {
            return inputs == null ? null : inputs.stream().map(ContractGoalInput::toGoal).toList();
        }
    }

    record ProposeResultContractInput(House house, int year, List<ContractGoalInput> nationalGoals,
                                      List<ContractGoalInput> localGoals, LocalDate proposedOn) {
    }

    record SignResultContractInput(House house, int year, Party party, LocalDate signedOn) {
    }

    record AmendResultContractInput(House house, int year, List<ContractGoalInput> goals, String reason,
                                    List<String> agreedBy, LocalDate amendedOn) {
    }
}
