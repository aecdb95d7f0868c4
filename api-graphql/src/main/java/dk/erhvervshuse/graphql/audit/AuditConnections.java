package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import dk.erhvervshuse.query.api.InvalidQuery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns the query side's pages, which have one cursor at their end, into a connection with a cursor on
 * every edge, so that a client may continue after any entry it has seen. An edge's cursor is the page's
 * own start cursor plus how many entries of that page to skip; the last entry of a page gets the page's
 * end cursor. Cursors are opaque to clients.
 */
public final class AuditConnections {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String VERSION = "a1";

    private AuditConnections() {
    }

    public static AuditEntryConnection page(AuditTrailQueries queries, AuditFilter filter, Integer first, String after) {
        return page(queries, filter, first, after, entry -> true);
    }

    /**
     * A page showing only the entries {@code visible} lets through (a house's own people see their house's).
     * Entries left out still move the cursors on, so a page may hold fewer edges than asked, even none, while
     * {@code hasNextPage} and {@code endCursor} lead on past them.
     */
    public static AuditEntryConnection page(AuditTrailQueries queries, AuditFilter filter, Integer first, String after,
                                            Predicate<AuditEntry> visible) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 1 || size > AuditTrailQueries.MAX_PAGE_SIZE) {
            throw new InvalidQuery("first", "first.range", "first must be between 1 and "
                    + AuditTrailQueries.MAX_PAGE_SIZE + ", not " + size);
        }
        Cursor start = after == null || after.isEmpty() ? new Cursor(null, 0) : Cursor.decode(after);
        AuditPage page = queries.auditTrail(filter, start.after(), Math.min(start.skip() + size,
                AuditTrailQueries.MAX_PAGE_SIZE));
        List<AuditEntry> fetched = page.entries();
        int end = Math.min(fetched.size(), start.skip() + size);
        List<AuditEntryConnection.Edge> edges = new ArrayList<>();
        String lastCursor = null;
        for (int i = start.skip(); i < end; i++) {
            boolean lastOfPage = i == fetched.size() - 1 && page.endCursor() != null;
            Cursor cursor = lastOfPage ? new Cursor(page.endCursor(), 0) : new Cursor(start.after(), i + 1);
            lastCursor = cursor.encode();
            if (visible.test(fetched.get(i))) {
                edges.add(new AuditEntryConnection.Edge(fetched.get(i), lastCursor));
            }
        }
        boolean hasNextPage = fetched.size() > end || page.hasNextPage();
        String endCursor = lastCursor == null ? after : lastCursor;
        return new AuditEntryConnection(edges, new AuditEntryConnection.PageInfo(hasNextPage, endCursor));
    }

    /** @param after the query side's cursor a page started from (null: the beginning); skip: entries of it seen */
    record Cursor(String after, int skip) {

        String encode() {
            String text = VERSION + ":" + skip + ":" + (after == null ? "" : after);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = text.split(":", 3);
                if (parts.length != 3 || !parts[0].equals(VERSION)) {
                    throw new IllegalArgumentException();
                }
                int skip = Integer.parseInt(parts[1]);
                if (skip < 0 || skip >= AuditTrailQueries.MAX_PAGE_SIZE) {
                    throw new IllegalArgumentException();
                }
                return new Cursor(parts[2].isEmpty() ? null : parts[2], skip);
            } catch (IllegalArgumentException e) {
                throw new InvalidQuery("after", "after.unknownCursor", "after is not a cursor this API issued: "
                        + cursor);
            }
        }
    }
}
