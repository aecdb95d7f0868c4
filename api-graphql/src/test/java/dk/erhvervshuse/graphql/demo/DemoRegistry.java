package dk.erhvervshuse.graphql.demo;

import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.graphql.RegistryApplication;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The registry application started on a data directory of the test's own, as a user starts it, with demo settings;
 * reads back the log it wrote.
 */
final class DemoRegistry implements AutoCloseable {

    /** Events only the 20-hour policy writes (§5.1), after the meeting it counts, whenever its processor gets to it. */
    static final List<String> POLICY_EVENTS = List.of("GuidanceHoursCounted", "ManagementDecisionRequired");

    private static final Duration LOAD_PATIENCE = Duration.ofMinutes(5);

    private final ConfigurableApplicationContext context;

    private DemoRegistry(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static DemoRegistry start(Path dataDirectory, Map<String, Object> properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--registry.mongo.data-directory=" + dataDirectory));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new DemoRegistry(new SpringApplicationBuilder(RegistryApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    boolean hasLoader() {
        return !context.getBeansOfType(DemoHistoryLoader.class).isEmpty();
    }

    DemoHistoryLoader loader() {
        return context.getBean(DemoHistoryLoader.class);
    }

    /** Waits until the load has ended, however it ended. */
    DemoProgress awaitLoadEnded() {
        DemoHistoryLoader loader = loader();
        await().atMost(LOAD_PATIENCE).until(() -> loader.progress().ended());
        return loader.progress();
    }

    /** Every event of the log in log order, once the 20-hour policy has handled all of them. */
    List<LoggedEvent> log() {
        StreamingEventProcessor policy = context.getBean(Configuration.class).eventProcessingConfiguration()
                .eventProcessor(DemoHistoryLoader.TWENTY_HOUR_POLICY, StreamingEventProcessor.class).orElseThrow();
        EventStore eventStore = context.getBean(EventStore.class);
        await().atMost(LOAD_PATIENCE).until(() -> {
            TrackingToken head = eventStore.createHeadToken();
            long target = head == null ? 0 : head.position().orElse(0);
            return !policy.processingStatus().isEmpty() && policy.processingStatus().values().stream()
                    .allMatch(segment -> segment.getCurrentPosition().orElse(0) >= target);
        });
        try (Stream<? extends TrackedEventMessage<?>> events = context.getBean(EventStorageEngine.class)
                .readEvents(null, false)) {
            return events.map(LoggedEvent::of).toList();
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** One event of the log as the tests compare it: its stream, its payload, and who caused it. */
    record LoggedEvent(String aggregateType, String aggregateId, long sequenceNumber, String payloadType,
                       Object payload, Map<String, Object> audit) {

        static LoggedEvent of(EventMessage<?> event) {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            return new LoggedEvent(domain.getType(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                    domain.getPayloadType().getSimpleName(), domain.getPayload(), DemoRegistry.audit(domain.getMetaData()));
        }

        String stream() {
            return aggregateType + " " + aggregateId;
        }

        boolean writtenByThePolicy() {
            return POLICY_EVENTS.contains(payloadType);
        }

        /** The event without its place in its stream: what a command applied, and who sent it. */
        List<Object> fact() {
            return List.of(aggregateType, aggregateId, payload, audit);
        }
    }

    /**
     * Where Axon's message origin keeps the id of the command a chain of messages began with: a user's command, or the
     * one whose event the 20-hour policy counted (the count's own events are correlated with its own, random, id).
     */
    static final String TRACE_ID = "traceId";

    /** The audit metadata of §10.2 and the id of the user's command the event goes back to. */
    static Map<String, Object> audit(Map<String, ?> metaData) {
        Map<String, Object> audit = new TreeMap<>();
        for (String key : List.of(AuditMetadata.USER_ID, AuditMetadata.ROLE, AuditMetadata.USER_HOUSE,
                AuditMetadata.REASON, TRACE_ID)) {
            if (metaData.get(key) != null) {
                audit.put(key, metaData.get(key));
            }
        }
        return audit;
    }
}
