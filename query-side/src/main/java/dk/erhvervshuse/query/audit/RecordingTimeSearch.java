package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.longValue;

/**
 * Turns a recording time into a log position by searching the trail by {@code _id}: positions and recording
 * times rise together (a commit's events are stamped before it takes its place in the log; writers on other
 * machines may disagree by their clocks' skew, as for the log's own {@code createTokenAt}). Each round reads
 * {@value #PROBES} evenly spaced positions with one {@code _id $in}, narrowing the range by that factor, so a
 * million positions take five reads.
 */
final class RecordingTimeSearch {

    static final int PROBES = 32;

    private final MongoCollection<Document> auditTrail;

    RecordingTimeSearch(MongoCollection<Document> auditTrail) {
        this.auditTrail = auditTrail;
    }

    /**
     * The first position from {@code low} to {@code high} (both included) recorded at or after {@code instant};
     * {@code high + 1} when none is. A position missing from the trail counts as recorded after everything.
     */
    long firstRecordedAtOrAfter(Instant instant, long low, long high) {
        long answer = high + 1;
        while (low <= high) {
            List<Long> probes = probes(low, high);
            Map<Long, Instant> recorded = recordingTimes(probes);
            long lastBefore = low - 1;
            Long firstAtOrAfter = null;
            for (Long probe : probes) {
                Instant at = recorded.get(probe);
                if (at != null && at.isBefore(instant)) {
                    lastBefore = probe;
                } else {
                    firstAtOrAfter = probe;
                    break;
                }
            }
            if (firstAtOrAfter == null) {
                low = lastBefore + 1;
            } else {
                answer = firstAtOrAfter;
                if (firstAtOrAfter - lastBefore <= 1) {
                    return answer;
                }
                low = lastBefore + 1;
                high = firstAtOrAfter - 1;
            }
        }
        return answer;
    }

    /** Up to {@value #PROBES} positions spread over the range, the last being {@code high}, all when fewer. */
    private static List<Long> probes(long low, long high) {
        long length = high - low + 1;
        List<Long> probes = new ArrayList<>(PROBES);
        if (length <= PROBES) {
            for (long position = low; position <= high; position++) {
                probes.add(position);
            }
            return probes;
        }
        for (int i = 1; i <= PROBES; i++) {
            long probe = low - 1 + Math.max(1, Math.round((double) length * i / PROBES));
            if (probes.isEmpty() || probe > probes.get(probes.size() - 1)) {
                probes.add(probe);
            }
        }
        return probes;
    }

    private Map<Long, Instant> recordingTimes(List<Long> positions) {
        Map<Long, Instant> recorded = new HashMap<>();
        for (Document document : auditTrail.find(Filters.in("_id", positions))
                .projection(Projections.include(AuditTrailDocument.RECORDED_AT))
                .batchSize(positions.size())) {
            recorded.put(longValue(document, "_id"), instant(document, AuditTrailDocument.RECORDED_AT));
        }
        return recorded;
    }
}
