package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Resultatkontrakt underskrevet: one of the two chairs signed (§8.2). The signing date is its own fact,
 * apart from the year the contract covers.
 *
 * @param signatoryId the signing chair, referred to by id
 */
@EventRevision("1")
public record ResultContractSigned(String contractId, House house, int year, Party party, String signatoryId,
                                   LocalDate signedOn)
        implements ResultContractEvent {
    public ResultContractSigned {
        Objects.requireNonNull(contractId, "contractId");
    }
}
