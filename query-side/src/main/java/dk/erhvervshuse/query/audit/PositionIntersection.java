package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

import static dk.erhvervshuse.query.support.BsonValues.longs;

/**
 * The positions that meet every criterion of a filter, in order: criteria given as full lists (a case's or a
 * company's positions, from their views) and as index dimensions ({@link IndexedPositions}). The criterion
 * with the fewest positions drives: its positions are read in order, a group of chunks at a time, and each is
 * kept if every other criterion has it, which for an index dimension is a look-up of the one chunk that
 * position falls in ({@code <dimension>:<value>:<position / span>}). Each group costs one {@code _id $in} for
 * the driver's chunks and one for the others'; the work grows with the driver's positions read, never with
 * the log.
 */
final class PositionIntersection {

    /** How many list positions, or chunk documents, one round reads at most. */
    private static final int GROUP = 64;

    private final MongoCollection<Document> chunkCollection;
    private final List<List<Long>> listed;
    private final List<IndexedPositions> indexed;
    private final Map<String, List<Long>> loadedChunks = new HashMap<>();
    private final List<Set<Long>> listedSets = new ArrayList<>();

    /**
     * @param listed  sorted position lists, each a criterion
     * @param indexed index dimensions, each a criterion
     */
    PositionIntersection(MongoCollection<Document> chunkCollection, List<List<Long>> listed,
                         List<IndexedPositions> indexed) {
        this.chunkCollection = chunkCollection;
        this.listed = listed;
        this.indexed = indexed;
        listed.forEach(positions -> listedSets.add(new HashSet<>(positions)));
    }

    /** The first {@code wanted} positions from {@code start} to before {@code end} that meet every criterion. */
    List<Long> first(int wanted, long start, long end) {
        List<Long> matches = new ArrayList<>();
        if (start >= end) {
            return matches;
        }
        int drivingList = -1;
        int drivingIndex = -1;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < listed.size(); i++) {
            long count = between(listed.get(i), start, end).size();
            if (count < fewest) {
                fewest = count;
                drivingList = i;
            }
        }
        for (int i = 0; i < indexed.size(); i++) {
            long count = indexed.get(i).countBetween(start, end);
            if (count < fewest) {
                fewest = count;
                drivingIndex = i;
                drivingList = -1;
            }
        }
        if (fewest == 0) {
            return matches;
        }
        if (drivingIndex >= 0) {
            driveByIndex(indexed.get(drivingIndex), wanted, start, end, matches);
        } else {
            driveByList(drivingList, wanted, start, end, matches);
        }
        return matches;
    }

    private void driveByList(int driver, int wanted, long start, long end, List<Long> matches) {
        List<Long> positions = between(listed.get(driver), start, end);
        for (int from = 0; from < positions.size() && matches.size() < wanted; from += GROUP) {
            List<Long> candidates = positions.subList(from, Math.min(positions.size(), from + GROUP));
            keepMatching(candidates, driver, null, wanted, matches);
        }
    }

    private void driveByIndex(IndexedPositions driver, int wanted, long start, long end, List<Long> matches) {
        NavigableMap<Long, Integer> sizes = driver.chunksBetween(start, end);
        List<Long> chunks = new ArrayList<>(sizes.keySet());
        int next = 0;
        while (next < chunks.size() && matches.size() < wanted) {
            List<Long> group = new ArrayList<>();
            long inGroup = 0;
            long needed = 2L * (wanted - matches.size());
            while (next < chunks.size() && group.size() < GROUP && (group.isEmpty() || inGroup < needed)) {
                long chunk = chunks.get(next++);
                group.add(chunk);
                inGroup += sizes.get(chunk);
            }
            List<String> ids = new ArrayList<>();
            group.forEach(chunk -> ids.addAll(driver.chunkIdsOf(chunk)));
            load(ids);
            TreeSet<Long> candidates = new TreeSet<>();
            for (String id : ids) {
                for (Long position : loadedChunks.getOrDefault(id, List.of())) {
                    if (position >= start && position < end) {
                        candidates.add(position);
                    }
                }
            }
            keepMatching(new ArrayList<>(candidates), -1, driver, wanted, matches);
        }
    }

    /** Adds, in order, the candidates every criterion but the driver's has, until {@code wanted} are found. */
    private void keepMatching(List<Long> candidates, int drivingList, IndexedPositions drivingIndex, int wanted,
                              List<Long> matches) {
        List<IndexedPositions> others = new ArrayList<>(indexed);
        others.remove(drivingIndex);
        Set<String> needed = new LinkedHashSet<>();
        for (Long candidate : candidates) {
            long chunk = AuditIndex.chunkOf(candidate);
            for (IndexedPositions other : others) {
                needed.addAll(other.chunkIdsOf(chunk));
            }
        }
        load(new ArrayList<>(needed));
        for (Long candidate : candidates) {
            if (matches.size() >= wanted) {
                return;
            }
            if (inEveryList(candidate, drivingList) && inEveryIndex(candidate, others)) {
                matches.add(candidate);
            }
        }
    }

    private boolean inEveryList(long position, int except) {
        for (int i = 0; i < listedSets.size(); i++) {
            if (i != except && !listedSets.get(i).contains(position)) {
                return false;
            }
        }
        return true;
    }

    private boolean inEveryIndex(long position, List<IndexedPositions> others) {
        long chunk = AuditIndex.chunkOf(position);
        for (IndexedPositions other : others) {
            boolean found = false;
            for (String id : other.chunkIdsOf(chunk)) {
                List<Long> positions = loadedChunks.getOrDefault(id, List.of());
                if (Collections.binarySearch(positions, position) >= 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Reads the chunk documents not read yet, with one {@code _id $in}. */
    private void load(List<String> ids) {
        List<String> missing = ids.stream().filter(id -> !loadedChunks.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        for (Document chunk : chunkCollection.find(Filters.in("_id", missing)).batchSize(missing.size())) {
            List<Long> positions = new ArrayList<>(longs(chunk, AuditIndex.POSITIONS));
            Collections.sort(positions);
            loadedChunks.put(chunk.getString("_id"), positions);
        }
        missing.forEach(id -> loadedChunks.putIfAbsent(id, List.of()));
    }

    /** The part of a sorted list from {@code start} to before {@code end}. */
    private static List<Long> between(List<Long> positions, long start, long end) {
        int from = lowerBound(positions, start);
        int to = lowerBound(positions, end);
        return positions.subList(from, Math.max(from, to));
    }

    private static int lowerBound(List<Long> positions, long value) {
        int at = Collections.binarySearch(positions, value);
        return at >= 0 ? at : -at - 1;
    }
}
