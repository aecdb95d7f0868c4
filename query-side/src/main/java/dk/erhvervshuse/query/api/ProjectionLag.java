package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * How far each read model is behind the log: the log's head (the position of its last event, whoever appended it)
 * less the position its processor has handled. A read model behind the log answers with what was true that many
 * events ago; one in error is not catching up at all.
 * <p>
 * Answered from what this instance's processors hold: a group whose segments another instance has claimed (a
 * second instance of the registry) is listed as {@link GroupLag#claimedHere() not claimed here}, with no lag.
 */
public interface ProjectionLag {

    /** The query side's processing groups (projections), one processor each. */
    List<String> processingGroups();

    /** The query side's processing groups, each with its lag, in the order the query side registers them. */
    List<GroupLag> current();

    /**
     * @param processingGroup the processing group (one processor), e.g. {@code guidance-views}
     * @param headPosition    the position of the last event in the log, 0 for an empty log
     * @param position        the lowest position handled by the segments this instance holds; null when it holds none
     * @param running         whether this instance's processor for the group runs
     * @param claimedHere     whether this instance holds at least one of the group's segments
     * @param error           why a segment or the processor failed, when it is in error; null otherwise
     */
    record GroupLag(String processingGroup, long headPosition, Long position, boolean running, boolean claimedHere,
                    String error) {

        /** Events between the head and the position handled; null when this instance holds no segment of the group. */
        public Long lag() {
            return position == null ? null : Math.max(0, headPosition - position);
        }

        public boolean inError() {
            return error != null;
        }
    }
}
