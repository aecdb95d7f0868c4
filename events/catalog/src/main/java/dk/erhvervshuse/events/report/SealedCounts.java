package dk.erhvervshuse.events.report;

import java.math.BigDecimal;

/**
 * The counts behind a sealed value, as the dashboard gave them; those that do not apply to the goal's kind of
 * measure are null. Companies, cases, evaluations or respondents: {@code counted} in the measure,
 * {@code excluded} from it, a share's {@code numerator} and {@code denominator}, an NPS's promoters, passives and
 * detractors, and for an effect the cohort's and the control group's growth in percent.
 */
public record SealedCounts(Integer counted, Integer excluded, Integer numerator, Integer denominator,
                           Integer promoters, Integer passives, Integer detractors, Integer respondents,
                           BigDecimal companyMeanGrowth, BigDecimal controlGroupGrowth,
                           Integer onPreliminaryDeliveries, Integer onRestatedDeliveries) {
}
