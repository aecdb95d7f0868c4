package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A Net Promoter Score: % promoters − % detractors among the respondents, on the 0–10 "would you recommend"
 * question. Contributions carry their category: {@value #PROMOTER}, {@value #PASSIVE} or {@value #DETRACTOR}.
 */
public abstract class NetPromoterScore extends CompanyMeasure {

    public static final String PROMOTER = "PROMOTER";
    public static final String PASSIVE = "PASSIVE";
    public static final String DETRACTOR = "DETRACTOR";

    protected NetPromoterScore(NationalGoal goal, String version, String description) {
        super(goal, version, description);
    }

    /** The category of a score, by {@link DefinitionChoices#PROMOTER_MIN_SCORE} and {@link DefinitionChoices#DETRACTOR_MAX_SCORE}. */
    public static String categoryOf(int score) {
        if (score >= DefinitionChoices.PROMOTER_MIN_SCORE) {
            return PROMOTER;
        }
        return score <= DefinitionChoices.DETRACTOR_MAX_SCORE ? DETRACTOR : PASSIVE;
    }

    @Override
    public Measurement measure(Tally tally, MeasureContext context) {
        Counts counts = Counts.ofNps(tally);
        if (tally.counted() == 0) {
            return Measurement.notMeasurable(counts, null, "no respondents: no user evaluation received in "
                    + context.year() + " counts for this segment");
        }
        BigDecimal exact = BigDecimal.valueOf((long) tally.promoters() - tally.detractors())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(tally.counted()), MathContext.DECIMAL128);
        return Measurement.of(exact, goal().unit(), counts, null, null);
    }
}
