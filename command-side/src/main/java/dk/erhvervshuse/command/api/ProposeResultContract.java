package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Propose the year's result contract (resultatkontrakt, agreement §8.2) between KKR and a house: the
 * national goals of §8.1 with the house's targets, and any local goals. {@code contractId} is
 * {@code HOUSE:YEAR}; see {@link #of}.
 * <p>
 * {@code nationalGoals} null or empty takes the agreement's targets for the house and year
 * ({@code AgreementTerms.nationalGoals}); otherwise it holds every national goal exactly once. A national
 * goal's title may be left null for the agreement's, its unit is the goal's own and it has no measure.
 * {@code localGoals} may be null or empty; each has an id starting with {@code local.}, a title, a measure
 * and a unit. A new proposal before both chairs have signed replaces the draft and voids its signatures.
 */
public record ProposeResultContract(@TargetAggregateIdentifier String contractId, House house, int year,
                                    List<ContractGoal> nationalGoals, List<ContractGoal> localGoals,
                                    LocalDate proposedOn) {

    public static ProposeResultContract of(House house, int year, List<ContractGoal> nationalGoals,
                                           List<ContractGoal> localGoals, LocalDate proposedOn) {
        String contractId = house == null ? null : ResultContractEvent.contractIdOf(house, year);
        return new ProposeResultContract(contractId, house, year, nationalGoals, localGoals, proposedOn);
    }
}
