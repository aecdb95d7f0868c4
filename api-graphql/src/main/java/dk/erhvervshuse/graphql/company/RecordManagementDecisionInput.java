package dk.erhvervshuse.graphql.company;

import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;

/** The schema's RecordManagementDecisionInput (§5.1). */
record RecordManagementDecisionInput(House house, String cvr, String requirementId, Boolean continueGuidance,
                                     String justification, LocalDate decidedOn) {
}
