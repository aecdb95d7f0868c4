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
 */
@Component
public class DashboardChangeHub implements DashboardChanges {

    private static final Logger log = LoggerFactory.getLogger(DashboardChangeHub.class);

    private record Subscription(House house, Consumer<DashboardView> listener) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile DashboardNamespace publishing = DashboardNamespace.V1;

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

    void publish(DashboardNamespace writtenTo, DashboardView dashboard) {
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
