package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Resultatkontrakt udkast: KKR and the house negotiated the contract for the year (§8.2): the national
 * goals with the house's targets and any local goals. Not in force until both chairs have signed.
 */
@EventRevision("1")
public record ResultContractProposed(String contractId, House house, int year, List<ContractGoal> goals,
                                     LocalDate proposedOn)
        implements ResultContractEvent {
    public ResultContractProposed {
        Objects.requireNonNull(contractId, "contractId");
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
