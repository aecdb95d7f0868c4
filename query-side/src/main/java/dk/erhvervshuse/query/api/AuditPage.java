package dk.erhvervshuse.query.api;

import java.util.List;

/** A page of the audit trail, oldest first. endCursor is null when the page is empty. */
public record AuditPage(List<AuditEntry> entries, String endCursor, boolean hasNextPage) {
}
