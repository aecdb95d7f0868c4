package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.longs;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * Answers {@link AuditTrailQueries} by enumerating the log positions a page needs and fetching them with
 * one {@code _id $in} query. Nothing is ever ranged, sorted or filtered on another field; which positions
 * a page needs comes from:
 * <table>
 *     <caption>filters and the access path that serves them</caption>
 *     <tr><th>filter</th><th>positions from</th></tr>
 *     <tr><td>none</td><td>the log itself: positions are gap-free, so the next page is the next positions</td></tr>
 *     <tr><td>only a case, or only a company</td><td>the case's or company's guidance view, one look-up</td></tr>
 *     <tr><td>house, user, event types</td><td>the trail's index ({@link AuditIndex}): a directory per value,
 *         then the chunks of the least frequent criterion, checking each position against the one chunk of every
 *         other criterion it would be in ({@link PositionIntersection})</td></tr>
 *     <tr><td>recording time from/to</td><td>a position range, found by searching the trail by position
 *         ({@link RecordingTimeSearch}) and widened by the lateness recording times may have against positions;
 *         each entry in it is then checked against the range</td></tr>
 *     <tr><td>any combination</td><td>all of the above at once: a case or company list is one more criterion,
 *         a time range bounds every criterion</td></tr>
 * </table>
 * A page ends before the first position whose entry is not (yet) in the trail, and a filtered page never reaches
 * past the position up to which the index is complete, so a cursor always continues exactly where the previous
 * page ended, even while the projection is catching up.
 */
@Component
public class MongoAuditTrailQueries implements AuditTrailQueries {

    private final MongoCollection<Document> auditTrail;
    private final MongoCollection<Document> caseViews;
    private final MongoCollection<Document> companyViews;
    private final MongoCollection<Document> directories;
    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> progress;
    private final RecordingTimeSearch timeSearch;

    public MongoAuditTrailQueries(MongoDatabase database) {
        this.auditTrail = database.getCollection(AuditTrailProjection.AUDIT_TRAIL);
        this.caseViews = database.getCollection(GuidanceViewsProjection.CASE_VIEW);
        this.companyViews = database.getCollection(GuidanceViewsProjection.COMPANY_VIEW);
        this.directories = database.getCollection(AuditIndex.DIRECTORIES);
        this.chunks = database.getCollection(AuditIndex.CHUNKS);
        this.progress = database.getCollection(AuditIndex.PROGRESS);
        this.timeSearch = new RecordingTimeSearch(auditTrail);
    }

    @Override
    public AuditPage auditTrail(AuditFilter filter, String after, int first) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new InvalidQuery("first", "first.range",
                    "first: page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
        }
        long afterPosition = AuditCursor.positionOf(after);
        AuditFilter what = filter == null ? AuditFilter.wholeLog() : filter;
        AuditFilters.check(what);
        if (what.isWholeLog()) {
            return wholeLogPage(afterPosition, first);
        }
        if (what.equals(AuditFilter.ofCase(what.caseId()))) {
            return pageOf(positionsOfCase(what.caseId()), afterPosition, first);
        }
        if (what.equals(AuditFilter.ofCompany(what.cvr()))) {
            return pageOf(positionsOfCompany(what.cvr()), afterPosition, first);
        }
        return filteredPage(what, afterPosition, first);
    }

    /**
     * Asks for one position more than the page holds: whether it exists tells whether a next page does.
     */
    private AuditPage wholeLogPage(long after, int first) {
        List<Long> candidates = new ArrayList<>(first + 1);
        for (long position = after + 1; position <= after + first + 1; position++) {
            candidates.add(position);
        }
        Map<Long, Document> found = fetch(candidates);
        List<AuditEntry> entries = contiguous(candidates.subList(0, Math.min(first, candidates.size())), found);
        long last = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
        boolean hasNextPage = found.keySet().stream().anyMatch(position -> position > last);
        return page(entries, hasNextPage);
    }

    /** For a case or company the positions are known: the next page exists if positions remain. */
    private AuditPage pageOf(List<Long> positions, long after, int first) {
        int start = 0;
        while (start < positions.size() && positions.get(start) <= after) {
            start++;
        }
        List<Long> wanted = positions.subList(start, Math.min(positions.size(), start + first));
        List<AuditEntry> entries = contiguous(wanted, fetch(wanted));
        boolean hasNextPage = start + entries.size() < positions.size();
        return page(entries, hasNextPage);
    }

    /**
     * Any combination of criteria, within the part of the log the index covers. A recording-time range is first
     * turned into a position range ({@link RecordingTimeSearch}) and then checked entry by entry: recording times
     * rise with positions only up to {@link RecordingTimeSearch#LATENESS}, so the position range is the widest
     * the times can be in and the page keeps just the entries recorded in the range.
     */
    private AuditPage filteredPage(AuditFilter filter, long after, int first) {
        long indexedUpTo = indexedUpTo();
        long start = after + 1;
        long end = indexedUpTo + 1;
        if (filter.recordedFrom() != null && start < end) {
            start = timeSearch.firstPossiblyRecordedAtOrAfter(filter.recordedFrom(), start, indexedUpTo);
        }
        if (filter.recordedTo() != null && start < end) {
            end = timeSearch.firstSurelyRecordedAtOrAfter(filter.recordedTo(), start, indexedUpTo);
        }
        if (start >= end) {
            return page(List.of(), false);
        }
        List<List<Long>> listed = new ArrayList<>();
        if (filter.caseId() != null) {
            listed.add(positionsOfCase(filter.caseId()));
        }
        if (filter.cvr() != null) {
            listed.add(positionsOfCompany(filter.cvr()));
        }
        List<IndexedPositions> indexed = indexedCriteria(filter);
        Candidates candidates = listed.isEmpty() && indexed.isEmpty()
                ? MongoAuditTrailQueries::consecutive
                : new PositionIntersection(chunks, listed, indexed)::first;
        return pageOfMatching(candidates, filter, start, end, first);
    }

    /** The positions that may match a filter: the first {@code wanted} from {@code start} to before {@code end}. */
    @FunctionalInterface
    private interface Candidates {
        List<Long> first(int wanted, long start, long end);
    }

    /** With no criterion but the recording time, every position in the range is a candidate. */
    private static List<Long> consecutive(int wanted, long start, long end) {
        List<Long> positions = new ArrayList<>(wanted);
        for (long position = start; position < end && positions.size() < wanted; position++) {
            positions.add(position);
        }
        return positions;
    }

    /**
     * Up to {@code first} candidates recorded within the filter's range, in order. The page reads on until it
     * has seen one match more than it holds, so that {@code hasNextPage} is never true of an empty next page;
     * it stops at the first candidate not yet in the trail, whose entry a later page will list.
     */
    private AuditPage pageOfMatching(Candidates candidates, AuditFilter filter, long start, long end, int first) {
        List<AuditEntry> entries = new ArrayList<>(first);
        long from = start;
        while (true) {
            List<Long> wanted = candidates.first(first + 1 - entries.size(), from, end);
            if (wanted.isEmpty()) {
                return page(entries, false);
            }
            List<AuditEntry> fetched = contiguous(wanted, fetch(wanted));
            for (AuditEntry entry : fetched) {
                if (recordedWithin(filter, entry)) {
                    if (entries.size() == first) {
                        return page(entries, true);
                    }
                    entries.add(entry);
                }
            }
            if (fetched.size() < wanted.size()) {
                return page(entries, true);
            }
            from = wanted.get(wanted.size() - 1) + 1;
        }
    }

    private static boolean recordedWithin(AuditFilter filter, AuditEntry entry) {
        if (entry.recordedAt() == null) {
            return true;
        }
        return (filter.recordedFrom() == null || !entry.recordedAt().isBefore(filter.recordedFrom()))
                && (filter.recordedTo() == null || entry.recordedAt().isBefore(filter.recordedTo()));
    }

    /** One criterion per dimension given, its directories read together with one {@code _id $in}. */
    private List<IndexedPositions> indexedCriteria(AuditFilter filter) {
        List<List<AuditIndex.Key>> criteria = new ArrayList<>();
        if (filter.house() != null) {
            criteria.add(List.of(new AuditIndex.Key(AuditIndex.Dimension.HOUSE, filter.house().name())));
        }
        if (filter.userId() != null) {
            criteria.add(List.of(new AuditIndex.Key(AuditIndex.Dimension.USER, filter.userId())));
        }
        if (!filter.eventTypes().isEmpty()) {
            criteria.add(filter.eventTypes().stream()
                    .map(type -> new AuditIndex.Key(AuditIndex.Dimension.EVENT_TYPE, type)).toList());
        }
        List<String> ids = criteria.stream().flatMap(List::stream).map(AuditIndex.Key::directoryId).toList();
        Map<String, Document> read = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Document directory : directories.find(Filters.in("_id", ids)).batchSize(ids.size())) {
                read.put(directory.getString("_id"), directory);
            }
        }
        return criteria.stream().map(anyOf -> new IndexedPositions(anyOf, read)).toList();
    }

    /** The last position whose batch the index has completely written; 0 before the first. */
    private long indexedUpTo() {
        Document mark = progress.find(Filters.eq("_id", AuditIndex.INDEXED)).first();
        Long position = mark == null ? null : longValue(mark, AuditIndex.INDEXED_UP_TO);
        return position == null ? 0 : position;
    }

    private List<Long> positionsOfCase(String caseId) {
        Document view = caseViews.find(Filters.eq("_id", caseId))
                .projection(Projections.include("eventPositions")).first();
        return view == null ? List.of() : sorted(longs(view, "eventPositions"));
    }

    private List<Long> positionsOfCompany(String cvr) {
        Document view = companyViews.find(Filters.eq("_id", cvr))
                .projection(Projections.include("timeline.position")).first();
        if (view == null) {
            return List.of();
        }
        List<Long> positions = new ArrayList<>();
        for (Document entry : nested(view, "timeline")) {
            positions.add(longValue(entry, "position"));
        }
        return sorted(positions);
    }

    private static List<Long> sorted(List<Long> positions) {
        List<Long> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        return sorted;
    }

    private Map<Long, Document> fetch(List<Long> positions) {
        Map<Long, Document> found = new HashMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        for (Document document : auditTrail.find(Filters.in("_id", positions)).batchSize(positions.size())) {
            found.put(longValue(document, "_id"), document);
        }
        return found;
    }

    /** The entries of {@code positions} in order, up to the first not yet in the trail. */
    private static List<AuditEntry> contiguous(List<Long> positions, Map<Long, Document> found) {
        List<AuditEntry> entries = new ArrayList<>(positions.size());
        for (Long position : positions) {
            Document document = found.get(position);
            if (document == null) {
                break;
            }
            entries.add(AuditTrailDocument.toEntry(document));
        }
        return entries;
    }

    private static AuditPage page(List<AuditEntry> entries, boolean hasNextPage) {
        String endCursor = entries.isEmpty() ? null : AuditCursor.of(entries.get(entries.size() - 1).position());
        return new AuditPage(List.copyOf(entries), endCursor, hasNextPage);
    }
}
