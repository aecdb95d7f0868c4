package dk.erhvervshuse.graphql.contract;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.ResultContractView;

import java.time.Instant;

/** @param resultContract the contract's view when the answer was written, read only when the client asked for it */
record ResultContractPayload(String contractId, House house, int year, String commandId, Instant acceptedAt,
                             ResultContractView resultContract) {
}
