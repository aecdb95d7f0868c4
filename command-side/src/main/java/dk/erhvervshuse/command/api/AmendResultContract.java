package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Amend a result contract in force (§8.2). {@code goals} is the contract's full list of goals after the
 * amendment, national and local, held to the same rules as a proposal; {@code agreedBy} are the ids of the
 * two chairs who agreed to it.
 */
public record AmendResultContract(@TargetAggregateIdentifier String contractId, House house, int year,
                                  List<ContractGoal> goals, String reason, List<String> agreedBy,
                                  LocalDate amendedOn) {

    public static AmendResultContract of(House house, int year, List<ContractGoal> goals, String reason,
                                         List<String> agreedBy, LocalDate amendedOn) {
        String contractId = house == null ? null : ResultContractEvent.contractIdOf(house, year);
        return new AmendResultContract(contractId, house, year, goals, reason, agreedBy, amendedOn);
    }
}
