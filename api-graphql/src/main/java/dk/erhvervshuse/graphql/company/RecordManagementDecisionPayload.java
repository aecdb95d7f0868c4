package dk.erhvervshuse.graphql.company;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.CompanyView;

import java.time.Instant;

/** @param company the company's view when the answer was written, read only when the client asked for it */
record RecordManagementDecisionPayload(House house, String cvr, String requirementId, String commandId,
                                       Instant acceptedAt, CompanyView company) {
}
