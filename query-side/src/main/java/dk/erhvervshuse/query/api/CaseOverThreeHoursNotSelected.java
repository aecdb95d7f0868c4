package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case whose guidance passed 3 hours that was never selected for user evaluation (§9: "udtages altid").
 *
 * @param passedOn        the day of the meeting that took the case over 3 hours
 * @param hoursWhenPassed the case's counting hours just after that meeting
 * @param countingHours   its counting hours now
 */
public record CaseOverThreeHoursNotSelected(String caseId, String cvr, LocalDate passedOn, BigDecimal hoursWhenPassed,
                                            BigDecimal countingHours) {
}
