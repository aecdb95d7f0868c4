package dk.erhvervshuse.query;

import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.report.ReportEvent;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A log of events (guidance, result contracts, deliveries) as a processor would hand them over: gap-free positions from 1, a sequence
 * per stream, a fixed timestamp per position, and the audit metadata of whoever is recording.
 */
public final class EventLog {

    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private final List<TrackedEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private String userId = "adviser-1";
    private String role = "ADVISER";
    private String userHouse = "HOVEDSTADEN";
    private LongFunction<Instant> clock = EventLog::recordedAtOf;

    /** Who records the events appended from now on. */
    public EventLog recordedBy(String userId, String role, String userHouse) {
        this.userId = userId;
        this.role = role;
        this.userHouse = userHouse;
        return this;
    }

    /**
     * How the events appended from now on are stamped, by position; by default {@link #recordedAtOf(long)}, so
     * that recording times rise with positions.
     */
    public EventLog stampedBy(LongFunction<Instant> clock) {
        this.clock = clock;
        return this;
    }

    public TrackedEventMessage<?> append(Object payload) {
        return append(payload, null);
    }

    /** Appends with a reason in the metadata, as corrections and withdrawals carry one. */
    public TrackedEventMessage<?> append(Object payload, String reason) {
        long position = events.size() + 1L;
        String streamType = streamTypeOf(payload);
        String streamId = streamIdOf(payload);
        long sequence = sequences.merge(streamId, 1L, Long::sum) - 1;
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put(AuditMetadata.USER_ID, userId);
        metaData.put(AuditMetadata.ROLE, role);
        if (userHouse != null) {
            metaData.put(AuditMetadata.USER_HOUSE, userHouse);
        }
        metaData.put(AuditMetadata.CORRELATION_ID, "command-" + position);
        if (reason != null) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        Instant timestamp = clock.apply(position);
        TrackedEventMessage<?> event = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(position), streamType, streamId, sequence,
                new GenericMessage<>("event-" + position, payload, metaData), () -> timestamp);
        events.add(event);
        return event;
    }

    private static String streamTypeOf(Object payload) {
        if (payload instanceof GuidanceCaseEvent) {
            return "GuidanceCase";
        } else if (payload instanceof GuidanceHoursEvent) {
            return "GuidanceHoursLedger";
        } else if (payload instanceof ResultContractEvent) {
            return "ResultContract";
        } else if (payload instanceof DeliveryEvent) {
            return "Delivery";
        } else if (payload instanceof ReportEvent) {
            return "ReportSeals";
        }
        throw new IllegalArgumentException("no stream for " + payload);
    }

    private static String streamIdOf(Object payload) {
        if (payload instanceof GuidanceCaseEvent e) {
            return e.caseId();
        } else if (payload instanceof GuidanceHoursEvent e) {
            return e.ledgerId();
        } else if (payload instanceof ResultContractEvent e) {
            return e.contractId();
        } else if (payload instanceof DeliveryEvent e) {
            return e.deliveryStreamId();
        } else if (payload instanceof ReportEvent e) {
            return e.reportId();
        }
        throw new IllegalArgumentException("no stream for " + payload);
    }

    public static Instant recordedAtOf(long position) {
        return START.plus(position, ChronoUnit.MINUTES);
    }

    public List<TrackedEventMessage<?>> all() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    /** Events from position {@code from} to {@code to}, both included. */
    public List<TrackedEventMessage<?>> between(long from, long to) {
        return List.copyOf(events.subList((int) from - 1, (int) to));
    }

    /** The positions of the events that meet {@code event}, in log order. */
    public List<Long> positionsOf(Predicate<TrackedEventMessage<?>> event) {
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (event.test(events.get(i))) {
                positions.add(i + 1L);
            }
        }
        return positions;
    }

    public List<Long> positionsWhere(Predicate<Object> payload) {
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (payload.test(events.get(i).getPayload())) {
                positions.add(i + 1L);
            }
        }
        return positions;
    }
}
