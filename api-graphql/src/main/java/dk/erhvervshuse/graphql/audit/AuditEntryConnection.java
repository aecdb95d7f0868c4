package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.query.api.AuditEntry;

import java.util.List;

/** A page of the audit trail as a cursor connection: edges with a cursor each, and where to go on. */
public record AuditEntryConnection(List<Edge> edges, PageInfo pageInfo) {

    public record Edge(AuditEntry node, String cursor) {
    }

    /** @param endCursor where the next page starts; when the page is empty, the cursor that was given */
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
