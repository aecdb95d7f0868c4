package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record house management's explicit decision (§5.1) on a company whose guidance passed 20 hours
 * within 12 months. {@code ledgerId} is {@code HOUSE:CVR}; see {@link #of}.
 */
public record RecordManagementDecision(@TargetAggregateIdentifier String ledgerId, House house, String cvr,
                                       String requirementId, String decidedBy, Boolean continueGuidance,
                                       String justification, LocalDate decidedOn) {

    public static RecordManagementDecision of(House house, String cvr, String requirementId, String decidedBy,
                                              Boolean continueGuidance, String justification, LocalDate decidedOn) {
        return new RecordManagementDecision(house + ":" + cvr, house, cvr, requirementId, decidedBy,
                continueGuidance, justification, decidedOn);
    }
}
