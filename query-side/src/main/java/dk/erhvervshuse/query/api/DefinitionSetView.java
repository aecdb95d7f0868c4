package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * A definition set (definitionssæt) this version knows: one definition of every national goal, under an id.
 *
 * @param id          e.g. {@code v1}, {@code v2}
 * @param definitions its goals' definitions, in the order of §8.1
 */
public record DefinitionSetView(String id, List<Definition> definitions) {

    /**
     * How one national goal is counted.
     *
     * @param id          e.g. {@code goal1/v2}
     * @param goalId      e.g. {@code goal1}
     * @param description the definition in words, with the choices the agreement leaves open
     */
    public record Definition(String id, String goalId, String description) {
    }
}
