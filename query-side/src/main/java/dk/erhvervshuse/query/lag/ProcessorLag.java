package dk.erhvervshuse.query.lag;

import dk.erhvervshuse.query.api.ProjectionLag;
import dk.erhvervshuse.query.support.LogPosition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lag of each processing group, from the log's head token and the tracking tokens of the segments this
 * instance's processor holds (a replay's wrapped token included). The head is asked of the event store each time,
 * so events other writers appended count; for the registry's log that is one key look-up forward from the last known
 * head. A group's position is that of its slowest segment: everything up to it is in the read model.
 */
public class ProcessorLag implements ProjectionLag {

    private final List<String> processingGroups;
    private final StreamableMessageSource<TrackedEventMessage<?>> log;
    private final Function<String, Optional<StreamingEventProcessor>> processors;

    public ProcessorLag(List<String> processingGroups, StreamableMessageSource<TrackedEventMessage<?>> log,
                        Function<String, Optional<StreamingEventProcessor>> processors) {
        this.processingGroups = List.copyOf(processingGroups);
        this.log = log;
        this.processors = processors;
    }

    @Override
    public List<String> processingGroups() {
        return processingGroups;
    }

    @Override
    public List<GroupLag> current() {
        long head = headPosition();
        List<GroupLag> lags = new ArrayList<>(processingGroups.size());
        for (String group : processingGroups) {
            lags.add(processors.apply(group)
                    .map(processor -> lagOf(group, head, processor))
                    .orElseGet(() -> new GroupLag(group, head, null, false, false, null)));
        }
        return lags;
    }

    private long headPosition() {
        TrackingToken head = log.createHeadToken();
        return head == null ? 0 : LogPosition.of(head);
    }

    private static GroupLag lagOf(String group, long head, StreamingEventProcessor processor) {
        Long slowest = null;
        String error = processor.isError() ? "the processor keeps failing to coordinate its segments" : null;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            long position = positionOf(status.getTrackingToken());
            slowest = slowest == null ? position : Math.min(slowest, position);
            if (status.isErrorState() && error == null) {
                Throwable cause = status.getError();
                error = cause == null ? "segment " + status.getSegment().getSegmentId() + " failed"
                        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return new GroupLag(group, head, slowest, processor.isRunning(), slowest != null, error);
    }

    /** A segment that has handled nothing yet (no token, or a replay that has not reached its first event) is at 0. */
    private static long positionOf(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        try {
            return LogPosition.of(token);
        } catch (IllegalArgumentException nothingHandledYet) {
            return 0;
        }
    }
}
