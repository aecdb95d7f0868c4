package dk.erhvervshuse.ops.processes;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.CommitHash;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.query.audit.AuditTrailProjection;
import dk.erhvervshuse.query.compliance.ComplianceProjection;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import dk.erhvervshuse.query.support.AppliedEvents;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the store holds, read straight from it with the driver: the log (positions, hash chain, which commit each
 * command wrote, which events each command caused), the processors' tokens, and the read models compared with
 * those that projecting the whole log from scratch into a database of their own gives.
 */
public final class LogAndViews implements AutoCloseable {

    public static final String DATABASE = "erhvervshuse";
    static final List<String> PROCESSORS = List.of("guidance-views", "audit-trail-v2", "dashboards", "compliance",
            "sealed-reports", "twenty-hour-policy");
    /** The read models compared with a rebuild by default: the case and company views and the v1 dashboards. */
    public static final List<String> VIEWS = Stream.concat(Stream.of(GuidanceViewsProjection.CASE_VIEW,
            GuidanceViewsProjection.COMPANY_VIEW), DashboardNamespace.V1.collections().stream()).toList();
    /** Every read model a rebuild makes: the views, and the audit trail and compliance views with their indexes. */
    public static final List<String> ALL_VIEWS = Stream.of(VIEWS, AuditTrailProjection.COLLECTIONS,
            ComplianceProjection.COLLECTIONS).flatMap(List::stream).toList();
    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();
    private static final Pattern GLOBAL_INDEX = Pattern.compile("\"globalIndex\"\\s*:\\s*(\\d+)");

    private final MongoClient client;
    private final MongoDatabase database;
    private final CommitLogStorageEngine log;
    private int rebuilds;

    public LogAndViews(String storeUri) {
        client = MongoClients.create(storeUri);
        database = client.getDatabase(DATABASE);
        log = CommitLogStorageEngine.builder().database(database).eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER).build();
    }

    /** The log as stored: every commit in position order, with the command id it records. */
    public record Commit(StoredCommit commit, String commandId) {
    }

    public List<Commit> commits() {
        Map<Long, String> commandIds = new HashMap<>();
        for (Document document : database.getCollection("event_log").find()) {
            if (document.getString("commandId") != null) {
                commandIds.put(((Number) document.get("_id")).longValue(), document.getString("commandId"));
            }
        }
        List<Commit> commits = new ArrayList<>();
        log.forEachCommit(1, Long.MAX_VALUE, commit -> commits.add(new Commit(commit, commandIds.get(commit.position()))));
        return commits;
    }

    /** What the log promises: positions from 1 without a gap, each commit chained to the one before. */
    public static void assertWhole(List<Commit> commits) {
        long expected = 1;
        String previous = CommitHash.GENESIS;
        for (Commit entry : commits) {
            StoredCommit commit = entry.commit();
            if (commit.position() != expected) {
                throw new AssertionError("position " + expected + " is missing; the next commit is at " + commit.position());
            }
            if (!commit.previousHash().equals(previous) || !CommitHash.recompute(commit, previous).equals(commit.hash())) {
                throw new AssertionError("the hash chain breaks at position " + commit.position());
            }
            previous = commit.hash();
            expected = commit.lastPosition() + 1;
        }
    }

    /** How many commits record each command id. */
    public static Map<String, Long> commitsPerCommand(List<Commit> commits) {
        return commits.stream().filter(commit -> commit.commandId() != null)
                .collect(Collectors.groupingBy(Commit::commandId, Collectors.counting()));
    }

    /**
     * In how many commits of guidance cases each command's events are (by their correlation id): one for a command
     * applied once, however many events it caused (a meeting past 3 hours also selects the case for evaluation).
     */
    public static Map<String, Long> caseCommitsPerCommand(List<Commit> commits) {
        Pattern correlation = Pattern.compile("\"correlationId\"\\s*:\\s*\"([^\"]+)\"");
        Map<String, Long> counts = new HashMap<>();
        for (Commit entry : commits) {
            if (!"GuidanceCase".equals(entry.commit().aggregateType())) {
                continue;
            }
            Set<String> commands = new HashSet<>();
            for (StoredEvent event : entry.commit().events()) {
                Matcher matcher = correlation.matcher(event.metadata());
                if (matcher.find()) {
                    commands.add(matcher.group(1));
                }
            }
            commands.forEach(command -> counts.merge(command, 1L, Long::sum));
        }
        return counts;
    }

    public static long duplicateEventIds(List<Commit> commits) {
        Set<String> seen = new HashSet<>();
        long duplicates = 0;
        for (Commit entry : commits) {
            for (StoredEvent event : entry.commit().events()) {
                if (!seen.add(event.eventId())) {
                    duplicates++;
                }
            }
        }
        return duplicates;
    }

    public long head() {
        return log.headPosition();
    }

    /** Whether every processor's stored token has reached the log's head, in every segment. */
    public boolean processorsCaughtUp() {
        long head = head();
        Map<String, Long> positions = new HashMap<>();
        for (Token token : tokens()) {
            positions.merge(token.processor(), token.position(), Math::min);
        }
        return PROCESSORS.stream().allMatch(processor -> positions.getOrDefault(processor, -1L) >= head);
    }

    /** One segment's token as the token store holds it: how far it is, and which instance holds its claim. */
    public record Token(String processor, int segment, long position, String owner) {
    }

    public List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        for (Document token : database.getCollection("tracking_tokens").find()) {
            Object data = token.get("token");
            String json = data instanceof Binary binary ? new String(binary.getData(), StandardCharsets.UTF_8)
                    : String.valueOf(data);
            Matcher matcher = GLOBAL_INDEX.matcher(json);
            tokens.add(new Token(token.getString("processorName"), ((Number) token.get("segment")).intValue(),
                    matcher.find() ? Long.parseLong(matcher.group(1)) : 0L, token.getString("owner")));
        }
        return tokens;
    }

    /** The case views, company views and v1 dashboards the application keeps. */
    public Map<String, List<Document>> views() {
        return contentsOf(database, VIEWS);
    }

    /** These read models as the application keeps them. */
    public Map<String, List<Document>> views(List<String> collections) {
        return contentsOf(database, collections);
    }

    /** The same views projected from the whole log, from scratch, into a database no one else uses. */
    public Map<String, List<Document>> rebuiltFromTheLog() {
        return rebuild().views(VIEWS);
    }

    /**
     * The read models of a rebuild from the whole log, and how many events each projection applied in it: each
     * event once, where it changes a document of that projection.
     */
    public record Rebuild(MongoDatabase database, Map<String, Long> appliedEvents) {

        public Map<String, List<Document>> views(List<String> collections) {
            return contentsOf(database, collections);
        }
    }

    /** Projects the whole log from scratch into a database no one else uses, with every projection it holds. */
    public Rebuild rebuild() {
        MongoDatabase fresh = client.getDatabase("rebuild_check_" + (++rebuilds));
        Map<String, Long> before = AppliedEvents.counts();
        List<AnnotationEventHandlerAdapter> projections = List.of(
                new AnnotationEventHandlerAdapter(new GuidanceViewsProjection(fresh)),
                new AnnotationEventHandlerAdapter(new DashboardProjection(fresh, DefinitionSets.V1,
                        DashboardNamespace.V1, null)),
                new AnnotationEventHandlerAdapter(new AuditTrailProjection(fresh, SERIALIZER)),
                new AnnotationEventHandlerAdapter(new ComplianceProjection(fresh)));
        List<TrackedEventMessage<?>> events;
        try (Stream<? extends TrackedEventMessage<?>> stream = log.readEvents(null, false)) {
            events = new ArrayList<>(stream.toList());
        }
        for (AnnotationEventHandlerAdapter projection : projections) {
            for (int from = 0; from < events.size(); from += 200) {
                List<EventMessage<?>> batch = new ArrayList<>(events.subList(from, Math.min(events.size(), from + 200)));
                BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    EventMessage<?> message = unitOfWork.getMessage();
                    return projection.canHandle(message) ? projection.handle(message) : null;
                });
                if (result.isExceptional()) {
                    throw new IllegalStateException("the rebuild failed", result.exceptionResult());
                }
            }
        }
        Map<String, Long> applied = new TreeMap<>();
        AppliedEvents.counts().forEach((projection, count) -> {
            long inThisRebuild = count - before.getOrDefault(projection, 0L);
            if (inThisRebuild > 0) {
                applied.put(projection, inThisRebuild);
            }
        });
        return new Rebuild(fresh, applied);
    }

    private static Map<String, List<Document>> contentsOf(MongoDatabase database, List<String> collections) {
        Map<String, List<Document>> contents = new TreeMap<>();
        for (String collection : collections) {
            List<Document> documents = database.getCollection(collection).find().into(new ArrayList<>());
            documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            contents.put(collection, documents);
        }
        return contents;
    }

    /** How many documents each view holds, for the report. */
    public static String sizes(Map<String, List<Document>> views) {
        return views.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size())
                .collect(Collectors.joining(", "));
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        client.close();
    }
}
