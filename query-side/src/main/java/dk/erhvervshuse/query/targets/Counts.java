package dk.erhvervshuse.query.targets;

import java.math.BigDecimal;

/**
 * The counts behind a goal's value, as far as they apply to its kind of measure (the others are null):
 * counted and excluded entries for all; numerator and denominator for a share; promoters, passives,
 * detractors and respondents for an NPS; the companies' mean growth and the control group's for an effect;
 * how many counted entries rest on preliminary or restated deliveries where deliveries are involved.
 */
public record Counts(Integer counted, Integer excluded, Integer numerator, Integer denominator, Integer promoters,
                     Integer passives, Integer detractors, Integer respondents, BigDecimal companyMeanGrowth,
                     BigDecimal controlGroupGrowth, Integer onPreliminaryDeliveries, Integer onRestatedDeliveries) {

    public static Counts ofCount(Tally tally) {
        return new Counts(tally.counted(), tally.excluded(), null, null, null, null, null, null, null, null, null,
                null);
    }

    public static Counts ofShare(Tally tally) {
        return new Counts(tally.counted(), tally.excluded(), tally.hits(), tally.counted(), null, null, null, null,
                null, null, null, null);
    }

    public static Counts ofNps(Tally tally) {
        return new Counts(tally.counted(), tally.excluded(), null, null, tally.promoters(), tally.passives(),
                tally.detractors(), tally.counted(), null, null, null, null);
    }

    public static Counts ofEffect(Tally tally, BigDecimal companyMeanGrowth, BigDecimal controlGroupGrowth) {
        return new Counts(tally.counted(), tally.excluded(), null, null, null, null, null, null, companyMeanGrowth,
                controlGroupGrowth, tally.preliminary(), tally.restated());
    }

    public static Counts ofSurvey(Tally tally) {
        return new Counts(tally.counted(), tally.excluded(), null, null, null, null, null,
                Math.toIntExact(tally.weight()), null, null,
                tally.preliminary(), tally.restated());
    }
}
