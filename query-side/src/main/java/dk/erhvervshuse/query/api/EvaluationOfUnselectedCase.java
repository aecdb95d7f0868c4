package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A user evaluation received for a case that was never selected for evaluation (§9): an answer the selection
 * rule did not ask for, which a target definition may or may not count.
 *
 * @param countingHours the case's counting hours now
 */
public record EvaluationOfUnselectedCase(String caseId, String cvr, String evaluationId, LocalDate receivedOn,
                                         BigDecimal countingHours) {
}
