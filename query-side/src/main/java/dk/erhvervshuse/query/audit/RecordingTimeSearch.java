package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.support.BsonValues.instant;
import static dk.erhvervshuse.query.support.BsonValues.longValue;

/**
 * Turns a recording time into a log position by searching the trail by {@code _id}. Positions and recording
 * times rise together only roughly: a commit's events are stamped before it takes its place in the log, so two
 * writers at once (a command and the 20-hour ledger answering an earlier one, or two application instances whose
 * clocks differ a little) can take their places in the other order. An event is never stamped more than
 * {@link #LATENESS} before its commit is in the log and no writer's clock is that far off, which is what makes
 * the search exact:
 * <ul>
 *     <li>if {@code p < q}, then {@code recordedAt(q) >= recordedAt(p) - LATENESS} (q was in the log after p, and
 *         p after it was stamped);</li>
 *     <li>so searching for {@code t - LATENESS} finds a position {@code b} whose predecessor was recorded before
 *         {@code t - LATENESS}, and nothing before {@code b} can have been recorded at or after {@code t};</li>
 *     <li>and searching for {@code t + LATENESS} finds a position {@code e} recorded at or after it, and nothing
 *         from {@code e} on can have been recorded before {@code t}.</li>
 * </ul>
 * The caller checks each entry in between against the range itself. Each round reads {@value #PROBES} evenly
 * spaced positions with one {@code _id $in}, narrowing the range by that factor, so a million positions take
 * five reads.
 */
final class RecordingTimeSearch {

    static final int PROBES = 32;

    /** How much earlier than an event already in the log a later event may have been stamped. */
    static final Duration LATENESS = Duration.ofMinutes(5);

    private final MongoCollection<Document> auditTrail;

    RecordingTimeSearch(MongoCollection<Document> auditTrail) {
        this.auditTrail = auditTrail;
    }

    /**
     * A position from {@code low} on before which no event was recorded at or after {@code instant}: where a range
     * starting at {@code instant} may begin.
     */
    long firstPossiblyRecordedAtOrAfter(Instant instant, long low, long high) {
        Instant earlier = instant.isBefore(Instant.MIN.plus(LATENESS)) ? Instant.MIN : instant.minus(LATENESS);
        return firstRecordedAtOrAfter(earlier, low, high);
    }

    /**
     * A position up to {@code high + 1} from which on every event was recorded at or after {@code instant}: where a
     * range ending before {@code instant} surely ends.
     */
    long firstSurelyRecordedAtOrAfter(Instant instant, long low, long high) {
        if (instant.isAfter(Instant.MAX.minus(LATENESS))) {
            return high + 1;
        }
        return firstRecordedAtOrAfter(instant.plus(LATENESS), low, high);
    }

    /**
     * Where the recording times, taken as rising, cross {@code instant}: a position {@code b} from {@code low} to
     * {@code high + 1} whose predecessor (unless it is {@code low}) was recorded before {@code instant} and which
     * itself was recorded at or after it (or is {@code high + 1}). A position missing from the trail counts as
     * recorded after everything.
     */
    private long firstRecordedAtOrAfter(Instant instant, long low, long high) {
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
