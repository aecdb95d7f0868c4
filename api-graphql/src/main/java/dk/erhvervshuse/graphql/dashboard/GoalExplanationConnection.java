package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.ExplainPage;

import java.util.List;

/** A page of a goal's explanation as a cursor connection (the schema's GoalExplanationConnection). */
record GoalExplanationConnection(String definitionSet, String house, int year, String goalId, String definitionId,
                                 List<Edge> edges, PageInfo pageInfo, int totalCount, String note) {

    /** @param after the cursor the page was read after, kept as the end cursor of an empty page (to poll from) */
    static GoalExplanationConnection of(ExplainPage page, String after) {
        List<Edge> edges = page.entries().stream().map(entry -> new Edge(entry, entry.cursor())).toList();
        String endCursor = page.endCursor() != null ? page.endCursor() : after;
        return new GoalExplanationConnection(page.definitionSet(), page.house(), page.year(), page.goalId(),
                page.definitionId(), edges, new PageInfo(page.hasNextPage(), endCursor), page.totalCount(),
                page.note());
    }

    record Edge(ExplainEntry node, String cursor) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
