package dk.erhvervshuse.command.guidance;

import java.math.BigDecimal;

/**
 * The 3-hour rule of agreement §9: "Hvis vejledningen har en varighed af mere end 3 timer, udtages
 * virksomheden altid til brugerevaluering" — a company whose guidance lasts more than 3 hours is always
 * selected for user evaluation (brugerevaluering).
 * <p>
 * Choices made here, so that the projections and the audit can rely on them:
 * <ul>
 *     <li>"More than 3 hours" is strict: a case with exactly 3.00 counting hours is not selected, 3.01 is.</li>
 *     <li>The hours are the case's counting hours: every recorded meeting as last corrected, withdrawn
 *     meetings excluded.</li>
 *     <li>Selection is once and for good. When a recorded or corrected meeting takes the case over 3 hours,
 *     the case is selected in the same command; a later correction or withdrawal that brings it back under
 *     3 hours does not undo it. The company was registered as guided for more than 3 hours at that moment
 *     and may already have been sent the evaluation; the selection is an auditable fact of the log, and
 *     whether an evaluation of a case later corrected below 3 hours counts is a target definition's
 *     choice on the query side, which can see both the selection and the correction.</li>
 * </ul>
 */
public final class EvaluationSelectionPolicy {

    /** Three hours; the rule needs strictly more. */
    public static final BigDecimal THRESHOLD_HOURS = new BigDecimal("3.00");

    private EvaluationSelectionPolicy() {
    }

    /**
     * @param countingHours the case's hours after the meeting just recorded or corrected
     * @param alreadySelected whether the case has been selected before
     * @return whether the case must be selected now
     */
    public static boolean mustSelect(BigDecimal countingHours, boolean alreadySelected) {
        return !alreadySelected && countingHours.compareTo(THRESHOLD_HOURS) > 0;
    }
}
