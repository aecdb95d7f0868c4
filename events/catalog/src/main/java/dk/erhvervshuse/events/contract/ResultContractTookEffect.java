package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.Objects;

/** Resultatkontrakt trådt i kraft: both chairs have signed; its goals are now the house's targets for the year. */
@EventRevision("1")
public record ResultContractTookEffect(String contractId, House house, int year, LocalDate effectiveOn)
        implements ResultContractEvent {
    public ResultContractTookEffect {
        Objects.requireNonNull(contractId, "contractId");
    }
}
