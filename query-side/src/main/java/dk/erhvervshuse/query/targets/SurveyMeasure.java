package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.List;
import java.util.Objects;

/** A definition measured from the Business Authority's awareness survey of the house for the year (goal 2). */
public abstract class SurveyMeasure implements GoalDefinition {

    private final NationalGoal goal;
    private final String id;
    private final String description;

    protected SurveyMeasure(NationalGoal goal, String version, String description) {
        this.goal = Objects.requireNonNull(goal, "goal");
        this.id = goal.id() + "/" + Objects.requireNonNull(version, "version");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** One contribution per delivery of the house's survey for the year: the one that counts, and those it replaces. */
    public abstract List<Contribution> contributions(List<SurveyDelivery> deliveries);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final NationalGoal goal() {
        return goal;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
