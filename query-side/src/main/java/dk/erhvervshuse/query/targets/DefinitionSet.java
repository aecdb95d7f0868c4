package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One definition version for every national goal, under an id such as {@code v1}: what a dashboard is
 * computed with. A new definition set (say {@code v2}: entrepreneurs' age at year end) is made from an
 * existing one {@link #with} replaced definitions, and built by its own projection instance into its own
 * collections, side by side with the old, from the same log.
 */
public final class DefinitionSet {

    private final String id;
    private final Map<NationalGoal, GoalDefinition> definitions;

    private DefinitionSet(String id, Map<NationalGoal, GoalDefinition> definitions) {
        if (id == null || !id.matches("[a-z0-9]+")) {
            throw new IllegalArgumentException("a definition set's id is lower-case letters and digits, e.g. v1: " + id);
        }
        for (NationalGoal goal : NationalGoal.values()) {
            if (!definitions.containsKey(goal)) {
                throw new IllegalArgumentException("definition set " + id + " has no definition of " + goal.id());
            }
        }
        this.id = id;
        this.definitions = definitions;
    }

    /** A set with exactly one definition of every national goal. */
    public static DefinitionSet of(String id, List<? extends GoalDefinition> definitions) {
        Map<NationalGoal, GoalDefinition> byGoal = new EnumMap<>(NationalGoal.class);
        for (GoalDefinition definition : definitions) {
            if (byGoal.put(definition.goal(), definition) != null) {
                throw new IllegalArgumentException("definition set " + id + " defines " + definition.goal().id()
                        + " twice");
            }
        }
        return new DefinitionSet(id, byGoal);
    }

    /** This set with some definitions replaced, under a new id. */
    public DefinitionSet with(String newId, GoalDefinition... replacements) {
        Map<NationalGoal, GoalDefinition> changed = new EnumMap<>(definitions);
        for (GoalDefinition replacement : replacements) {
            changed.put(replacement.goal(), Objects.requireNonNull(replacement, "replacement"));
        }
        return new DefinitionSet(newId, changed);
    }

    public String id() {
        return id;
    }

    public GoalDefinition definitionOf(NationalGoal goal) {
        return definitions.get(goal);
    }

    /** Every definition, in the order of the goals of §8.1. */
    public List<GoalDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    public List<CompanyMeasure> companyMeasures() {
        List<CompanyMeasure> measures = new ArrayList<>();
        definitions.values().forEach(definition -> {
            if (definition instanceof CompanyMeasure measure) {
                measures.add(measure);
            }
        });
        return measures;
    }

    public List<SurveyMeasure> surveyMeasures() {
        List<SurveyMeasure> measures = new ArrayList<>();
        definitions.values().forEach(definition -> {
            if (definition instanceof SurveyMeasure measure) {
                measures.add(measure);
            }
        });
        return measures;
    }

    @Override
    public String toString() {
        return id + definitions.values().stream().map(GoalDefinition::id).toList();
    }
}
