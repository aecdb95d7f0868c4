package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.AuditTrailQueries;
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
 * one {@code _id $in} query: positions follow one another for the whole log (they are gap-free), and
 * come from the case's or the company's view for one case or company. A page costs the same however
 * long the log; nothing is ever ranged, sorted or filtered on another field.
 * <p>
 * A page ends before the first position whose entry is not (yet) in the trail, so a cursor always
 * continues exactly where the previous page ended, even while the projection is catching up.
 */
@Component
public class MongoAuditTrailQueries implements AuditTrailQueries {

    private final MongoCollection<Document> auditTrail;
    private final MongoCollection<Document> caseViews;
    private final MongoCollection<Document> companyViews;

    public MongoAuditTrailQueries(MongoDatabase database) {
        this.auditTrail = database.getCollection(AuditTrailProjection.AUDIT_TRAIL);
        this.caseViews = database.getCollection(GuidanceViewsProjection.CASE_VIEW);
        this.companyViews = database.getCollection(GuidanceViewsProjection.COMPANY_VIEW);
    }

    @Override
    public AuditPage auditTrail(AuditFilter filter, String after, int first) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "first: page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
        }
        long afterPosition = AuditCursor.positionOf(after);
        AuditFilter what = filter == null ? AuditFilter.wholeLog() : filter;
        if (what.caseId() != null && what.cvr() != null) {
            throw new IllegalArgumentException("filter: give at most one of caseId and cvr");
        }
        if (what.caseId() != null) {
            return pageOf(positionsOfCase(what.caseId()), afterPosition, first);
        }
        if (what.cvr() != null) {
            return pageOf(positionsOfCompany(what.cvr()), afterPosition, first);
        }
        return wholeLogPage(afterPosition, first);
    }

    /** Asks for one position more than the page holds: whether it exists tells whether a next page does. */
    private AuditPage wholeLogPage(long after, int first) {
        List<Long> candidates = new ArrayList<>(first + 1);
        for (long position = after + 1; position <= after + first + 1; position++) {
            candidates.add(position);
        }
        Map<Long, Document> found = fetch(candidates);
        List<AuditEntry> entries = contiguous(candidates.subList(0, first), found);
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
