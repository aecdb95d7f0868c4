package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Count a meeting's hours, as they now stand, into the company's ledger at the house. Internal: only
 * {@link TwentyHourPolicy} sends it, from the case's events, so it is not part of the command API.
 *
 * @param hours   the meeting's hours; 0 when the meeting was withdrawn
 * @param heldOn  the meeting's date; null keeps the date the ledger already has for the meeting (a withdrawal
 *                carries no date)
 */
public record CountGuidanceHours(@TargetAggregateIdentifier String ledgerId, House house, Cvr cvr, String caseId,
                                 String meetingId, BigDecimal hours, LocalDate heldOn) {
}
