package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.List;
import java.util.Set;

/**
 * A definition measured from the companies a house guided: each company's contributions to the house's
 * goal in a year are a pure function of the company's facts, so they can be re-derived whenever those
 * facts change, and a whole year recomputed from the log under a new definition.
 */
public abstract class CompanyMeasure extends NamedDefinition {

    protected CompanyMeasure(NationalGoal goal, String version, String description) {
        super(goal, version, description);
    }

    /**
     * The years in which the company may contribute to this goal at this house, judged from its facts (a
     * superset is fine: a year without contributions costs a look and adds nothing).
     */
    public abstract Set<Integer> years(CompanyFacts company, House house);

    /** The company's contributions to this goal at this house in this year, counted and excluded alike; empty if none. */
    public abstract List<Contribution> contributions(CompanyFacts company, House house, int year);
}
