package dk.erhvervshuse.query.api;

import java.util.List;
import java.util.Map;

/**
 * What this instance of the registry is projecting, for its operators: which instances share the work, which
 * segments of each processor this one holds, and how many events each projection applied here.
 */
public interface ProcessingStatus {

    InstanceProcessing status();

    /**
     * @param instanceId    this instance, as it signs its claims in the token store
     * @param liveInstances the instances seen working on the same database, this one included, in their order
     * @param processors    the query side's processors
     * @param appliedEvents per projection, the events applied in this instance since it started: each counted once
     *                      its change passed the projection's position guard and was written
     */
    record InstanceProcessing(String instanceId, List<String> liveInstances, List<ProcessorClaims> processors,
                              Map<String, Long> appliedEvents) {
    }

    /**
     * @param processor       the processor (its processing group)
     * @param segments        how many segments its tokens are split into (0 before its first start)
     * @param configured      how many it is configured to have
     * @param mayClaim        how many of them this instance may hold now
     * @param claimedSegments the segments this instance holds
     * @param position        the lowest log position among the segments held; null when it holds none
     */
    record ProcessorClaims(String processor, int segments, int configured, int mayClaim,
                           List<Integer> claimedSegments, Long position) {
    }
}
