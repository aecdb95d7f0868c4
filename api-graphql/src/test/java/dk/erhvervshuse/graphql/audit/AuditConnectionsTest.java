package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query side's audit pages carry one cursor, at their end; the connection gives every edge a cursor
 * of its own, and reading on from any of them continues exactly after that entry.
 */
class AuditConnectionsTest {

    /** A log of the given length whose cursors, like the query side's, say where a page ended. */
    private static AuditTrailQueries logOf(int length) {
        List<AuditEntry> entries = LongStream.rangeClosed(1, length).mapToObj(AuditConnectionsTest::entry).toList();
        return (filter, after, first) -> {
            int from = after == null ? 0 : Integer.parseInt(after.substring("pos-".length()));
            List<AuditEntry> page = entries.subList(Math.min(from, entries.size()), Math.min(from + first, entries.size()));
            String endCursor = page.isEmpty() ? null : "pos-" + page.get(page.size() - 1).position();
            return new AuditPage(page, endCursor, from + page.size() < entries.size());
        };
    }

    private static AuditEntry entry(long position) {
        return new AuditEntry(position, "event-" + position, "GuidanceMeetingRecorded", "case-1", position - 1,
                "FYN", "13748136", null, Instant.EPOCH, "adviser.fyn", "ADVISER", "FYN", "command-" + position, null,
                "{}", null);
    }

    private static List<Long> positions(AuditEntryConnection connection) {
        return connection.edges().stream().map(edge -> edge.node().position()).toList();
    }

    @Test
    void readingOnFromEveryEdgesCursorContinuesRightAfterThatEntry() {
        AuditTrailQueries log = logOf(7);
        AuditEntryConnection firstPage = AuditConnections.page(log, AuditFilter.wholeLog(), 3, null);
        assertThat(positions(firstPage)).containsExactly(1L, 2L, 3L);

        for (AuditEntryConnection.Edge edge : firstPage.edges()) {
            AuditEntryConnection next = AuditConnections.page(log, AuditFilter.wholeLog(), 2, edge.cursor());
            long seen = edge.node().position();
            assertThat(positions(next)).containsExactly(seen + 1, seen + 2);
        }
    }

    @Test
    void pagingByEndCursorVisitsEveryEntryOnceInOrder() {
        AuditTrailQueries log = logOf(11);
        List<Long> visited = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            AuditEntryConnection page = AuditConnections.page(log, AuditFilter.wholeLog(), 4, after);
            visited.addAll(positions(page));
            more = page.pageInfo().hasNextPage();
            after = page.pageInfo().endCursor();
        }
        assertThat(visited).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void aPageFromTheMiddleOfAnEarlierPageSaysWhetherMoreFollows() {
        AuditTrailQueries log = logOf(5);
        AuditEntryConnection whole = AuditConnections.page(log, AuditFilter.wholeLog(), 5, null);

        AuditEntryConnection afterThird = AuditConnections.page(log, AuditFilter.wholeLog(), 1,
                whole.edges().get(2).cursor());
        assertThat(positions(afterThird)).containsExactly(4L);
        assertThat(afterThird.pageInfo().hasNextPage()).isTrue();

        AuditEntryConnection afterLast = AuditConnections.page(log, AuditFilter.wholeLog(), 3,
                whole.pageInfo().endCursor());
        assertThat(afterLast.edges()).isEmpty();
        assertThat(afterLast.pageInfo().hasNextPage()).isFalse();
        assertThat(afterLast.pageInfo().endCursor()).as("an empty page keeps the place, to poll for new events")
                .isEqualTo(whole.pageInfo().endCursor());
    }

    @Test
    void aPageSizeOutsideOneToFiveHundredIsRefused() {
        AuditTrailQueries log = logOf(1);
        assertThatThrownBy(() -> AuditConnections.page(log, AuditFilter.wholeLog(), 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
        assertThatThrownBy(() -> AuditConnections.page(log, AuditFilter.wholeLog(), 501, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
    }

    @Test
    void aCursorThisApiNeverIssuedIsRefusedAsBadInput() {
        AuditTrailQueries log = logOf(1);
        assertThatThrownBy(() -> AuditConnections.page(log, AuditFilter.wholeLog(), 1, "bm90LWEtY3Vyc29y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    }

    @Test
    void theFiltersCriteriaCombineAndNoneGivenIsTheWholeLog() {
        Instant from = Instant.parse("2025-03-01T00:00:00Z");
        Instant to = Instant.parse("2025-04-01T00:00:00Z");

        assertThat(new AuditTrailFilterInput("case-1", "13748136", House.FYN, "adviser.fyn",
                List.of("GuidanceMeetingCorrected"), from, to).toFilter())
                .isEqualTo(AuditFilter.ofCase("case-1").andCompany("13748136").andHouse(House.FYN)
                        .andUser("adviser.fyn").andEventTypes("GuidanceMeetingCorrected").andRecordedBetween(from, to));
        assertThat(new AuditTrailFilterInput(null, " ", null, null, null, null, null).toFilter())
                .isEqualTo(AuditFilter.wholeLog());
        assertThat(new AuditTrailFilterInput("case-1", null, null, null, null, null, null).toFilter())
                .isEqualTo(AuditFilter.ofCase("case-1"));
    }
}
