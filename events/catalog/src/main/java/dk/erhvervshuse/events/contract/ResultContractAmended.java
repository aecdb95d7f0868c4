package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Resultatkontrakt ændret: the parties amended a contract in force; these are its goals in full from now
 * on, with why. The earlier terms stay in the contract's history.
 *
 * @param agreedBy the ids of the two chairs who agreed to the amendment
 */
@EventRevision("1")
public record ResultContractAmended(String contractId, House house, int year, List<ContractGoal> goals,
                                    String reason, List<String> agreedBy, LocalDate amendedOn)
        implements ResultContractEvent {
    public ResultContractAmended {
        Objects.requireNonNull(contractId, "contractId");
        goals = goals == null ? List.of() : List.copyOf(goals);
        agreedBy = agreedBy == null ? List.of() : List.copyOf(agreedBy);
    }
}
