package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardChanges;
import dk.erhvervshuse.query.api.DashboardView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link DashboardChanges} in this JVM: the dashboard projections publish each house dashboard they wrote,
 * after the batch's writes, and every listener of that house hears those of the build the dashboards answer
 * with ({@link #publishFrom}); those of builds side by side are not heard. Listeners run on the projection's
 * thread; one that throws is logged and skipped, never failing the batch (the view is already written).
 * <p>
 * With several instances of the registry, the dashboards are written by the one instance that runs their
 * projection; a {@link DashboardChangeFeed} attached here records which dashboards changed in the database, and
 * the other instances' feeds read that and hand those dashboards to their own listeners ({@link #deliver}).
 */
@Component
public class DashboardChangeHub implements DashboardChanges {

    private static final Logger log = LoggerFactory.getLogger(DashboardChangeHub.class);

    private record Subscription(House house, Consumer<DashboardView> listener) {
    }

    /** Where the dashboards this instance writes are announced to the other instances. */
    interface Feed {
        void record(DashboardNamespace namespace, List<DashboardView> changed);
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile DashboardNamespace publishing = DashboardNamespace.V1;
    private volatile Feed feed;

    /** Announces the dashboards written here to the other instances through {@code feed} as well. */
    void attach(Feed feed) {
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    DashboardNamespace publishing() {
        return publishing;
    }

    boolean hasListeners() {
        return !subscriptions.isEmpty();
    }

    /** From now on, listeners hear the dashboards written into {@code namespace}: the default build's. */
    public void publishFrom(DashboardNamespace namespace) {
        this.publishing = Objects.requireNonNull(namespace, "namespace");
    }

    @Override
    public AutoCloseable subscribe(House house, Consumer<DashboardView> listener) {
        Subscription subscription = new Subscription(Objects.requireNonNull(house, "house"),
                Objects.requireNonNull(listener, "listener"));
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** The house dashboards one batch wrote into {@code writtenTo}, for the listeners here and elsewhere. */
    void published(DashboardNamespace writtenTo, List<DashboardView> dashboards) {
        if (!publishing.equals(writtenTo) || dashboards.isEmpty()) {
            return;
        }
        dashboards.forEach(dashboard -> deliver(writtenTo, dashboard));
        Feed announcing = feed;
        if (announcing != null) {
            try {
                announcing.record(writtenTo, dashboards);
            } catch (RuntimeException failure) {
                // The dashboards are written; only the other instances' listeners miss this change.
                log.warn("the other instances could not be told of {} changed dashboards", dashboards.size(), failure);
            }
        }
    }

    /** Hands {@code dashboard}, written into {@code writtenTo} here or by another instance, to its house's listeners. */
    void deliver(DashboardNamespace writtenTo, DashboardView dashboard) {
        if (!publishing.equals(writtenTo)) {
            return;
        }
        for (Subscription subscription : subscriptions) {
            if (subscription.house().name().equals(dashboard.house())) {
                try {
                    subscription.listener().accept(dashboard);
                } catch (RuntimeException failure) {
                    log.warn("a listener of {}'s dashboard failed; it stays subscribed", dashboard.house(), failure);
                }
            }
        }
    }
}
