package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.List;

/** A definition measured from the Business Authority's awareness survey of the house for the year (goal 2). */
public abstract class SurveyMeasure extends NamedDefinition {

    protected SurveyMeasure(NationalGoal goal, String version, String description) {
        super(goal, version, description);
    }

    /** One contribution per delivery of the house's survey for the year: the one that counts, and those it replaces. */
    public abstract List<Contribution> contributions(List<SurveyDelivery> deliveries);
}
