package dk.erhvervshuse.query.audit;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The positions of one dimension having any of the given values (one house, one user, several event types),
 * as its directories list them: which chunks exist, how many positions each holds, and the chunk documents to
 * read for each. Nothing of the chunks themselves is read here.
 */
final class IndexedPositions {

    private final NavigableMap<Long, List<String>> chunkIds = new TreeMap<>();
    private final NavigableMap<Long, Integer> sizes = new TreeMap<>();

    /** @param directories the directory documents read, by id; a value without one has no events */
    IndexedPositions(List<AuditIndex.Key> anyOf, Map<String, Document> directories) {
        for (AuditIndex.Key key : anyOf) {
            Document directory = directories.get(key.directoryId());
            if (directory == null) {
                continue;
            }
            for (Document chunk : AuditIndex.chunksOf(directory)) {
                long number = ((Number) chunk.get(AuditIndex.CHUNK)).longValue();
                chunkIds.computeIfAbsent(number, n -> new ArrayList<>()).add(key.chunkId(number));
                sizes.merge(number, ((Number) chunk.get(AuditIndex.SIZE)).intValue(), Integer::sum);
            }
        }
    }

    boolean hasChunk(long chunk) {
        return chunkIds.containsKey(chunk);
    }

    List<String> chunkIdsOf(long chunk) {
        return chunkIds.getOrDefault(chunk, List.of());
    }

    /** The chunks holding positions from {@code start} to before {@code end}, in order, with their sizes. */
    NavigableMap<Long, Integer> chunksBetween(long start, long end) {
        return sizes.subMap(AuditIndex.chunkOf(start), true, AuditIndex.chunkOf(end - 1), true);
    }

    /** At most how many positions lie from {@code start} to before {@code end}: the sizes of their chunks. */
    long countBetween(long start, long end) {
        return chunksBetween(start, end).values().stream().mapToLong(Integer::longValue).sum();
    }
}
