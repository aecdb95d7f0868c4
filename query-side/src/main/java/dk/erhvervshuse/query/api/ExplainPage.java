package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * A page of the explanation of one dashboard number: the entries that counted and those excluded, ordered by
 * CVR (then case, then evaluation), each once.
 *
 * @param definitionId the definition the number was computed by, e.g. {@code goal1/v1}; null for a local goal
 * @param totalCount   entries of the whole explanation
 * @param endCursor    the cursor of the page's last entry; null when the page is empty
 * @param note         e.g. "reported by the house" for a local goal, which the system does not explain
 */
public record ExplainPage(String definitionSet, String house, int year, String goalId, String definitionId,
                          List<ExplainEntry> entries, String endCursor, boolean hasNextPage, int totalCount,
                          String note) {
}
