package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

/**
 * A named, versioned definition of how one national goal's measure (§8.1) is computed from the event
 * history, e.g. {@code goal1/v1}. The agreement expects definitions to move (a better productivity proxy,
 * the date an entrepreneur's age is told at, which referral partners count); a new version is a new class
 * with a new id, put in a new {@link DefinitionSet}, and computed from the unchanged log side by side
 * with the old one. A shipped definition's meaning never changes.
 * <p>
 * Company-based definitions extend {@link CompanyMeasure}; the awareness survey's extend {@link SurveyMeasure}.
 */
public interface GoalDefinition {

    /** e.g. {@code goal1/v1}: the goal's id, a slash, the version. */
    String id();

    NationalGoal goal();

    /** What is counted, written from the agreement's text, with the choices the agreement leaves open. */
    String description();

    /** The goal's value from the tally of its contributions (and the context's deliveries). */
    Measurement measure(Tally tally, MeasureContext context);

    /** How the houses' contributions make the national figure. */
    default NationalRollUp nationalRollUp() {
        return NationalRollUp.POOLED;
    }

    default String version() {
        return id().substring(id().indexOf('/') + 1);
    }

    /** How a national figure is made from the houses'. */
    enum NationalRollUp {
        /** The houses' tallies added up: every house's respondents, referred companies, cohorts. */
        POOLED,
        /** Distinct companies across houses: a company counted by two houses counts once. */
        DISTINCT_COMPANIES
    }
}
