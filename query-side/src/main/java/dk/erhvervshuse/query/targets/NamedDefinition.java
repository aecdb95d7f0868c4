package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.Objects;

/** What every goal definition carries whatever it measures: its goal, its versioned id and its wording. */
abstract class NamedDefinition implements GoalDefinition {

    private final NationalGoal goal;
    private final String id;
    private final String description;

    NamedDefinition(NationalGoal goal, String version, String description) {
        this.goal = Objects.requireNonNull(goal, "goal");
        this.id = goal.id() + "/" + Objects.requireNonNull(version, "version");
        this.description = Objects.requireNonNull(description, "description");
    }

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
