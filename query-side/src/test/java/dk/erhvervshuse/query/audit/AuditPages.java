package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a filtered audit trail as a client pages through it. */
final class AuditPages {

    private AuditPages() {
    }

    /**
     * Every page, each continuing from the end cursor of the one before, checking that each but the last is full
     * and that paging ends within {@code maxPages}; the positions in the order read.
     */
    static List<Long> readAll(AuditTrailQueries queries, AuditFilter filter, int pageSize, int maxPages) {
        List<Long> positions = new ArrayList<>();
        String after = null;
        AuditPage page;
        int pages = 0;
        do {
            page = queries.auditTrail(filter, after, pageSize);
            if (page.hasNextPage()) {
                assertThat(page.entries()).as("a page followed by another").hasSize(pageSize);
            }
            page.entries().forEach(entry -> positions.add(entry.position()));
            after = page.endCursor() == null ? after : page.endCursor();
            assertThat(++pages).as("pages read").isLessThanOrEqualTo(maxPages);
        } while (page.hasNextPage());
        return positions;
    }
}
