package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * Events a projection could not apply, parked as dead letters with the later events of the same company
 * (contract, delivery stream) so that the read models never apply them out of order, while every other event
 * goes on. The log itself is untouched: a parked event is a read model behind, never a record lost.
 */
public interface ParkedEvents {

    /** The processing groups (projections) that park events: guidance views, audit trail, dashboards. */
    List<String> processingGroups();

    /** Every parked event of {@code processingGroup}, sequence by sequence, each sequence in log order. */
    List<ParkedEventView> parked(String processingGroup);

    /** How many events each processing group holds parked, and in how many sequences. */
    List<ParkedCount> counts();

    /**
     * Applies the parked events of one sequence again, in log order, until one fails again (it stays parked with
     * the new cause, and so do those after it) or all are applied.
     */
    RetryOutcome retry(String processingGroup, String sequenceId);

    /**
     * Removes one parked event without applying it: the read models will never show it (a rebuild from the log
     * would). For an event no release of the projection can apply.
     *
     * @return whether the event was parked
     */
    boolean evict(String processingGroup, long position);

    record ParkedCount(String processingGroup, long events, long sequences) {
    }

    /**
     * @param applied   the parked events applied by the retry and removed from the queue
     * @param remaining the events of the sequence still parked
     */
    record RetryOutcome(String processingGroup, String sequenceId, int applied, int remaining, String cause) {
    }

    /**
     * The parked events cannot be retried by this instance: another instance of the registry processes their
     * sequence now (holds the processor's segment for it), and a retry here would write the same documents beside
     * it. Ask again where {@code processingGroup} is processed, or once this instance holds that segment.
     */
    final class NotProcessedHere extends RuntimeException {

        private final String processingGroup;

        public NotProcessedHere(String processingGroup, String sequenceId) {
            super("the parked events of " + sequenceId + " in " + processingGroup + " are retried by the instance that "
                    + "processes them, and another instance of the registry does; retry through that one");
            this.processingGroup = processingGroup;
        }

        public String processingGroup() {
            return processingGroup;
        }
    }

    /** The processing group is not one that parks events. */
    final class UnknownProcessingGroup extends IllegalArgumentException {
        public UnknownProcessingGroup(String processingGroup) {
            super("No projection parks events under the name " + processingGroup);
        }
    }
}
