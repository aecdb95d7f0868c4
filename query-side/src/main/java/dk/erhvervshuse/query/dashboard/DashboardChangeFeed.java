package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.processing.ProcessingProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the listeners of every instance of the registry which dashboards changed, whichever instance wrote them.
 * <p>
 * The instance that writes a batch's dashboards records their ids in {@value #COLLECTION}, one document per
 * dashboard namespace ({@code _id} its collection prefix) holding a counter and the latest {@value #KEPT} changes,
 * both moved by one atomic update. Every second each instance with listeners reads that one document by key and,
 * for the changes it has not seen and did not write itself, reads those dashboards by key and hands them to its
 * listeners. So a listener on another instance hears a change about a second later, of the dashboard as it then
 * stands; one that falls more than {@value #KEPT} batches behind in a second misses the oldest, which newer ones
 * supersede anyway. It starts from the changes made after its first look, never replaying older ones.
 */
@Component
public class DashboardChangeFeed implements DashboardChangeHub.Feed, SmartLifecycle {

    public static final String COLLECTION = "dashboard_changes";
    static final int KEPT = 100;
    private static final long POLL_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(DashboardChangeFeed.class);

    private final MongoCollection<Document> changes;
    private final MongoDatabase database;
    private final DashboardChangeHub hub;
    private final String instanceId;
    private DashboardNamespace following;
    private long seen = -1;
    private ScheduledExecutorService poller;

    public DashboardChangeFeed(MongoDatabase database, DashboardChangeHub hub, ProcessingProperties processing) {
        this.database = Objects.requireNonNull(database, "database");
        this.changes = database.getCollection(COLLECTION);
        this.hub = Objects.requireNonNull(hub, "hub");
        this.instanceId = processing.instanceId();
        hub.attach(this);
    }

    @Override
    public void record(DashboardNamespace namespace, List<DashboardView> changed) {
        List<String> ids = changed.stream().map(view -> namespace.dashboardId(view.house(), view.year())).toList();
        changes.updateOne(Filters.eq("_id", namespace.collectionPrefix()),
                Updates.combine(Updates.inc("seq", 1L),
                        Updates.pushEach("entries", List.of(new Document("by", instanceId).append("ids", ids)),
                                new PushOptions().slice(-KEPT))),
                new UpdateOptions().upsert(true));
    }

    /** Hands the dashboards other instances changed since the last look to this instance's listeners. */
    synchronized void poll() {
        if (!hub.hasListeners()) {
            seen = -1;
            return;
        }
        DashboardNamespace namespace = hub.publishing();
        Document feed = changes.find(Filters.eq("_id", namespace.collectionPrefix())).first();
        long latest = feed == null ? 0 : ((Number) feed.get("seq")).longValue();
        if (seen < 0 || !namespace.equals(following)) {
            following = namespace;
            seen = latest;
            return;
        }
        if (latest <= seen) {
            return;
        }
        List<Document> entries = feed.getList("entries", Document.class, List.of());
        // The entries are the latest ones, the last numbered {@code latest}.
        long first = latest - entries.size() + 1;
        if (first > seen + 1) {
            log.debug("{} dashboard changes went by unread; the newer ones supersede them", first - seen - 1);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Document entry = entries.get(i);
            if (first + i > seen && !instanceId.equals(entry.getString("by"))) {
                ids.addAll(entry.getList("ids", String.class, List.of()));
            }
        }
        seen = latest;
        if (ids.isEmpty()) {
            return;
        }
        for (Document dashboard : database.getCollection(namespace.dashboards()).find(Filters.in("_id", ids))) {
            hub.deliver(namespace, DashboardDocument.toView(dashboard));
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException failure) {
            log.warn("Reading the dashboard changes of other instances failed; trying again", failure);
        }
    }

    @Override
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-change-feed");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
