package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;

/** A share in percent: counted contributions are the denominator, those that are hits the numerator. */
public abstract class CompanyShare extends CompanyMeasure {

    protected CompanyShare(NationalGoal goal, String version, String description) {
        super(goal, version, description);
    }

    /** What the denominator holds, in words, for "no ... in 2025" when it is empty. */
    protected abstract String population();

    @Override
    public Measurement measure(Tally tally, MeasureContext context) {
        Counts counts = Counts.ofShare(tally);
        if (tally.counted() == 0) {
            return Measurement.notMeasurable(counts, null, "not measurable: no " + population() + " in "
                    + context.year());
        }
        BigDecimal exact = BigDecimal.valueOf(tally.hits()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(tally.counted()), MathContext.DECIMAL128);
        return Measurement.of(exact, goal().unit(), counts, null, null);
    }
}
