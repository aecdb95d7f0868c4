package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Brugerevaluering modtaget: the company answered the user evaluation (§9).
 *
 * @param recommendScore                  0–10 on "would you recommend" (goal 3, NPS)
 * @param referralUsed                    whether it used at least one referral (goal 4); null when not asked
 * @param sustainabilityHelpedToHighDegree whether sustainability guidance helped "i høj grad" (goal 6);
 *                                        null when not asked
 */
@EventRevision("1")
public record UserEvaluationReceived(String caseId, House house, Cvr cvr, String evaluationId, int recommendScore,
                                     Boolean referralUsed, Boolean sustainabilityHelpedToHighDegree,
                                     LocalDate receivedOn)
        implements GuidanceCaseEvent {
    public UserEvaluationReceived {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(evaluationId, "evaluationId");
    }
}
