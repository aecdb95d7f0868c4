package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One goal on a dashboard (målopfyldelse): a national goal of §8.1 (nationalt mål) or a local goal of the
 * house's result contract (lokalt mål), with its value for the year, the target it is held to and the counts
 * behind the value.
 *
 * @param goalId       {@code goal1}, {@code goal3.operations}, ... or {@code local.<name>}
 * @param goalNumber   the goal's number in §8.1 (1–6); null for a local goal
 * @param national     a national goal (true) or a local goal of the contract (false)
 * @param title        e.g. "Guided companies under 3 years old" (iværksættere)
 * @param definitionId the definition the value was computed by, e.g. {@code goal1/v1}; null for a local goal
 * @param definition   that definition in words, from the agreement's text and its open choices
 * @param measure      for a local goal, what is measured (as the contract says); null for a national goal
 * @param unit         companies, percent, NPS, percentage points, or a local goal's own
 * @param actual       the value (opgjort resultat), rounded for display; null when not measurable and for local
 *                     goals (the system holds no definition of them)
 * @param target       the target (måltal); null outside the agreement's years
 * @param comparison   AT_LEAST (mindst), GREATER_THAN (mervækst) or AT_MOST
 * @param targetSource CONTRACT (the result contract in force), AGREEMENT_DEFAULT (the agreement's terms,
 *                     while no contract is in force) or NONE
 * @param met          whether the value meets the target (målet er nået); null when either is missing
 * @param note         why the value is missing, e.g. "no respondents", or "reported by the house" for a local goal
 * @param counts       the numbers behind the value; null for a local goal
 * @param delivery     the external delivery the value rests on (goal 2: the awareness survey, goal 5: the
 *                     control group); null if none
 */
public record GoalResultView(String goalId, Integer goalNumber, boolean national, String title, String definitionId,
                             String definition, String measure, String unit, BigDecimal actual, BigDecimal target,
                             String comparison, String targetSource, Boolean met, String note, Counts counts,
                             Delivery delivery) {

    /**
     * The counts behind a value; the fields that do not apply to the goal's kind of measure are null.
     *
     * @param counted                 entries in the measure (companies, cases, respondents, deliveries)
     * @param excluded                entries looked at and left out, each with its reason in the explanation
     * @param numerator               for a share (andel): those that meet the question
     * @param denominator             for a share: those asked
     * @param promoters               for an NPS: scores 9–10 (anbefalere)
     * @param passives                for an NPS: scores 7–8 (passive)
     * @param detractors              for an NPS: scores 0–6 (kritikere)
     * @param respondents             for an NPS: evaluations counted; for the survey: its respondents
     * @param companyMeanGrowth       for an effect: the cohort's mean growth in percent
     * @param controlGroupGrowth      for an effect: the control group's growth (kontrolgruppe) in percent
     * @param onPreliminaryDeliveries entries resting on a preliminary delivery (foreløbige tal)
     * @param onRestatedDeliveries    entries resting on a restated delivery (revision 2 or later)
     */
    public record Counts(Integer counted, Integer excluded, Integer numerator, Integer denominator, Integer promoters,
                         Integer passives, Integer detractors, Integer respondents, BigDecimal companyMeanGrowth,
                         BigDecimal controlGroupGrowth, Integer onPreliminaryDeliveries,
                         Integer onRestatedDeliveries) {
    }

    /**
     * The external delivery a value rests on.
     *
     * @param source      e.g. "awareness survey FYN 2025" (kendskabsmåling) or "control group GROWTH 2025"
     * @param revision    1 for the first delivery of the period, counting up with each restatement
     * @param status      PRELIMINARY (foreløbig) or FINAL (endelig)
     * @param preliminary the value rests on preliminary figures
     * @param restated    the delivery restates an earlier one (revision 2 or later)
     */
    public record Delivery(String source, int revision, String status, LocalDate deliveredOn, boolean preliminary,
                           boolean restated) {
    }
}
