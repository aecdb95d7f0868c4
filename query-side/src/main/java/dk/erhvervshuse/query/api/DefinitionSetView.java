package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * A definition set as the API shows it: its id and the definition it names for every goal.
 *
 * @param definitions each goal's definition: its id ({@code goal1/v2}), the goal's and what it counts
 */
public record DefinitionSetView(String id, List<Definition> definitions) {

    public record Definition(String id, String goalId, String description) {
    }
}
