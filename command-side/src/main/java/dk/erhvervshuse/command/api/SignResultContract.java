package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * One of the two chairs signs the proposed result contract (§8.2: "underskrives af formanden for KKR og
 * formanden for erhvervshusets bestyrelse"). The second signature puts it in force, from the later signing
 * date. The signing date is its own fact: a contract for 2025 may be signed in December 2024.
 */
public record SignResultContract(@TargetAggregateIdentifier String contractId, House house, int year, Party party,
                                 String signatoryId, LocalDate signedOn) {

    public static SignResultContract of(House house, int year, Party party, String signatoryId, LocalDate signedOn) {
        String contractId = house == null ? null : ResultContractEvent.contractIdOf(house, year);
        return new SignResultContract(contractId, house, year, party, signatoryId, signedOn);
    }
}
