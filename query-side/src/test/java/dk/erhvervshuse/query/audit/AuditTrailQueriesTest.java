package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;

import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static dk.erhvervshuse.query.GuidanceStories.OTHER_COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailQueriesTest {

    private MongoDatabase database;
    private GuidanceViewsProjection guidanceViews;
    private AuditTrailProjection auditTrail;
    private MongoAuditTrailQueries queries;
    private final EventLog log = new EventLog();

    @BeforeEach
    void aHistoryOfTwoCompanies() {
        database = TestMongo.freshDatabase();
        guidanceViews = new GuidanceViewsProjection(database);
        auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());
        queries = new MongoAuditTrailQueries(database);
        GuidanceStories.companyAtTwoHouses(log);
        GuidanceStories.wholeCase(log, "c-3");
        GuidanceStories.managementDecides(log);
        log.append(GuidanceStories.opened("c-4", House.SJAELLAND, OTHER_COMPANY,
                LocalDate.parse("2025-05-02")));
        log.append(GuidanceStories.meeting("c-4", House.SJAELLAND, OTHER_COMPANY,
                "m-1", "1.0", LocalDate.parse("2025-05-03")));
        log.append(GuidanceStories.meeting("c-3", House.HOVEDSTADEN, COMPANY,
                "m-4", "0.5", LocalDate.parse("2025-05-04")));
    }

    private void projectEverything() {
        Deliver.inBatchesOf(6, guidanceViews, log.all());
        Deliver.inBatchesOf(6, auditTrail, log.all());
    }

    private List<Long> readAllPages(AuditFilter filter, int pageSize) {
        return AuditPages.readAll(queries, filter, pageSize, log.size() + 1);
    }

    @Test
    void pagingTheWholeLogVisitsEveryPositionOnceInOrder() {
        projectEverything();

        assertThat(readAllPages(AuditFilter.wholeLog(), 4))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(readAllPages(AuditFilter.wholeLog(), AuditTrailQueries.MAX_PAGE_SIZE)).hasSize(log.size());
    }

    @Test
    void pagingOneCaseVisitsExactlyTheEventsOfThatCase() {
        projectEverything();

        assertThat(readAllPages(AuditFilter.ofCase("c-3"), 3)).containsExactlyElementsOf(
                log.positionsWhere(e -> e instanceof GuidanceCaseEvent c && c.caseId().equals("c-3")));
    }

    @Test
    void pagingOneCompanyVisitsEveryEventAboutItAcrossHousesAndLedgers() {
        projectEverything();

        List<Long> expected = log.positionsWhere(e -> e instanceof GuidanceCaseEvent c
                ? c.cvr().equals(COMPANY) : ((GuidanceHoursEvent) e).cvr().equals(COMPANY));
        assertThat(readAllPages(AuditFilter.ofCompany(COMPANY.value()), 5)).containsExactlyElementsOf(expected);
        assertThat(readAllPages(AuditFilter.ofCompany(OTHER_COMPANY.value()), 5)).containsExactly(
                (long) log.size() - 2, (long) log.size() - 1);
    }

    @Test
    void anEntryTellsWhoRecordedTheEventWhenWhyAndInAnswerToWhichCommand() {
        projectEverything();
        long correction = log.positionsWhere(e -> e instanceof GuidanceMeetingCorrected)
                .get(0);

        AuditEntry entry = queries.auditTrail(AuditFilter.wholeLog(), AuditCursor.of(correction - 1), 1)
                .entries().get(0);

        assertThat(entry.position()).isEqualTo(correction);
        assertThat(entry.eventId()).isEqualTo("event-" + correction);
        assertThat(entry.eventType()).isEqualTo("GuidanceMeetingCorrected");
        assertThat(entry.aggregateId()).isEqualTo("c-3");
        assertThat(entry.sequenceNumber()).isEqualTo(4);
        assertThat(entry.house()).isEqualTo("HOVEDSTADEN");
        assertThat(entry.cvr()).isEqualTo(COMPANY.value());
        assertThat(entry.businessDate()).isEqualTo(LocalDate.parse("2025-03-11"));
        assertThat(entry.recordedAt()).isEqualTo(EventLog.recordedAtOf(correction));
        assertThat(entry.userId()).isEqualTo("adviser-1");
        assertThat(entry.role()).isEqualTo("ADVISER");
        assertThat(entry.userHouse()).isEqualTo("HOVEDSTADEN");
        assertThat(entry.correlationId()).isEqualTo("command-" + correction);
        assertThat(entry.reason()).isEqualTo("hours were 1.5");
        assertThat(entry.payloadJson()).contains("\"meetingId\":\"m-2\"", "\"hours\":1.5", "\"cvr\":\"13748136\"");
    }

    @Test
    void whileTheTrailCatchesUpAPageEndsWhereItEndsAndItsCursorContinuesExactly() {
        Deliver.inOneBatch(guidanceViews, log.all());
        Deliver.inOneBatch(auditTrail, log.between(1, 5));

        AuditPage partial = queries.auditTrail(AuditFilter.ofCompany(COMPANY.value()), null, 50);
        assertThat(partial.entries()).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(partial.hasNextPage()).isTrue();

        Deliver.inOneBatch(auditTrail, log.between(6, log.size()));
        AuditPage rest = queries.auditTrail(AuditFilter.ofCompany(COMPANY.value()), partial.endCursor(), 50);

        assertThat(rest.entries()).first().extracting(AuditEntry::position).isEqualTo(6L);
        assertThat(rest.hasNextPage()).isFalse();
    }

    @Test
    void aPageAfterTheEndIsEmptyWithoutACursor() {
        projectEverything();

        AuditPage last = queries.auditTrail(AuditFilter.wholeLog(), AuditCursor.of(log.size()), 10);
        AuditPage unknownCase = queries.auditTrail(AuditFilter.ofCase("never-opened"), null, 10);

        assertThat(last).isEqualTo(new AuditPage(List.of(), null, false));
        assertThat(unknownCase).isEqualTo(new AuditPage(List.of(), null, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, AuditTrailQueries.MAX_PAGE_SIZE + 1})
    void aPageSizeOutside1To500IsRejectedNamingFirst(int first) {
        assertThatThrownBy(() -> queries.auditTrail(AuditFilter.wholeLog(), null, first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first")
                .hasMessageContaining("between 1 and " + AuditTrailQueries.MAX_PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "eDox", "cDotMQ", "cDphYmM", "cDo", ""})
    void aCursorThisTrailDidNotIssueIsRejectedNamingAfter(String after) {
        assertThatThrownBy(() -> queries.auditTrail(AuditFilter.wholeLog(), after, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after");
    }

    @Test
    void aCursorIsOpaqueButStandsForALogPosition() {
        String cursor = AuditCursor.of(42);

        assertThat(cursor).doesNotContain("42");
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).isEqualTo("p:42");
        assertThat(AuditCursor.positionOf(cursor)).isEqualTo(42);
    }

    @Test
    void aFilteredPageNeverReachesPastWhereTheIndexIsCompleteAndItsCursorContinuesExactly() {
        projectEverything();
        AuditFilter filter = AuditFilter.wholeLog().andHouse(House.HOVEDSTADEN);
        List<Long> expected = log.positionsWhere(e -> e instanceof GuidanceCaseEvent c
                ? c.house() == House.HOVEDSTADEN : ((GuidanceHoursEvent) e).house() == House.HOVEDSTADEN);
        long mark = expected.get(3);
        // as if the batch after `mark` had written its index chunks but not yet raised the mark
        database.getCollection(AuditIndex.PROGRESS).updateOne(Filters.eq("_id", AuditIndex.INDEXED),
                Updates.set(AuditIndex.INDEXED_UP_TO, mark));

        AuditPage partial = queries.auditTrail(filter, null, 50);
        assertThat(partial.entries()).extracting(AuditEntry::position).containsExactlyElementsOf(expected.subList(0, 4));
        assertThat(partial.hasNextPage()).isFalse();

        database.getCollection(AuditIndex.PROGRESS).updateOne(Filters.eq("_id", AuditIndex.INDEXED),
                Updates.set(AuditIndex.INDEXED_UP_TO, (long) log.size()));
        AuditPage rest = queries.auditTrail(filter, partial.endCursor(), 50);

        assertThat(rest.entries()).extracting(AuditEntry::position)
                .containsExactlyElementsOf(expected.subList(4, expected.size()));
    }

    @Test
    void aFilteredPageListsOnlyWhatTheProjectionHasReached() {
        Deliver.inOneBatch(guidanceViews, log.all());
        Deliver.inBatchesOf(4, auditTrail, log.between(1, 9));
        AuditFilter filter = AuditFilter.ofCompany(COMPANY.value()).andUser("adviser-1");
        List<Long> expected = log.all().stream()
                .filter(e -> e.getPayload() instanceof GuidanceCaseEvent c ? c.cvr().equals(COMPANY)
                        : ((GuidanceHoursEvent) e.getPayload()).cvr().equals(COMPANY))
                .filter(e -> "adviser-1".equals(e.getMetaData().get("userId")))
                .map(e -> e.trackingToken().position().orElseThrow())
                .toList();

        AuditPage partial = queries.auditTrail(filter, null, 50);
        assertThat(partial.entries()).extracting(AuditEntry::position)
                .containsExactlyElementsOf(expected.stream().filter(position -> position <= 9).toList());

        Deliver.inBatchesOf(4, auditTrail, log.between(10, log.size()));
        AuditPage rest = queries.auditTrail(filter, partial.endCursor(), 50);

        assertThat(rest.entries()).extracting(AuditEntry::position)
                .containsExactlyElementsOf(expected.stream().filter(position -> position > 9).toList());
    }
}
