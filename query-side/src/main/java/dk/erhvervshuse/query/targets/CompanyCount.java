package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;

/** A measure that counts companies: one contribution per company, the value the number counted. */
public abstract class CompanyCount extends CompanyMeasure {

    protected CompanyCount(NationalGoal goal, String version, String description) {
        super(goal, version, description);
    }

    @Override
    public Measurement measure(Tally tally, MeasureContext context) {
        return Measurement.of(BigDecimal.valueOf(tally.counted()), goal().unit(), Counts.ofCount(tally), null, null);
    }

    /** Counted companies: nationally, a company counted by two houses counts once. */
    @Override
    public NationalRollUp nationalRollUp() {
        return NationalRollUp.DISTINCT_COMPANIES;
    }
}
