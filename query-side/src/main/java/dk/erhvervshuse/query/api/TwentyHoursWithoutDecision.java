package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A company whose guidance at one house exceeded 20 hours within 12 months without management having
 * explicitly decided that it does not distort competition (§5.1).
 *
 * @param ledgerId      the company's hours ledger at the house, {@code HOUSE:CVR}
 * @param status        whether management was asked and has not answered, or was never asked
 * @param requirementId the requirement raised, when one was
 * @param windowFrom    first day of the 12-month window that exceeded 20 hours
 * @param windowTo      its last day: the day of the meeting that took it over 20 hours
 * @param hoursInWindow the counted hours in that window
 */
public record TwentyHoursWithoutDecision(String cvr, String ledgerId, Status status, String requirementId,
                                         LocalDate windowFrom, LocalDate windowTo, BigDecimal hoursInWindow) {

    public enum Status {
        /** The requirement was raised (ManagementDecisionRequired) and no decision has been recorded. */
        DECISION_PENDING,
        /** The counted hours exceed 20 in a window no requirement covers: management was never asked. */
        DECISION_NEVER_REQUESTED
    }
}
