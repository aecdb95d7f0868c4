package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Udvalgt til brugerevaluering: the case's guidance passed 3 hours, so the company is always selected
 * for user evaluation (agreement §9).
 *
 * @param hoursAtSelection the case's hours when it passed the threshold
 * @param selectedOn       the business date of the meeting that passed it
 */
@EventRevision("1")
public record CaseSelectedForUserEvaluation(String caseId, House house, Cvr cvr, BigDecimal hoursAtSelection,
                                            LocalDate selectedOn)
        implements GuidanceCaseEvent {
    public CaseSelectedForUserEvaluation {
        Objects.requireNonNull(caseId, "caseId");
    }
}
