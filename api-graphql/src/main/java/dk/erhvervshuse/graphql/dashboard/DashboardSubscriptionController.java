package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardChanges;
import dk.erhvervshuse.query.api.DashboardView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The live dashboard: {@code dashboardChanged(house, year)} pushes a house's new dashboard each time the
 * projection writes one. The query side calls its listeners on the projection's own thread, which must not
 * wait for a client's socket: the listener only hands the view over, and the subscription is served from
 * another thread. A client that falls far behind loses its oldest dashboards, which the newer ones supersede.
 * Cancelling (or closing the socket) ends the query side's subscription.
 */
@Controller
class DashboardSubscriptionController {

    /** Dashboards held for a slow client before the oldest are dropped. */
    static final int MAX_PENDING = 256;

    private static final Logger log = LoggerFactory.getLogger(DashboardSubscriptionController.class);

    private final DashboardChanges changes;

    DashboardSubscriptionController(DashboardChanges changes) {
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<DashboardView> dashboardChanged(@Argument House house, @Argument Integer year) {
        return Flux.<DashboardView>create(sink -> {
                    AutoCloseable subscription = changes.subscribe(house, dashboard -> {
                        if (year == null || dashboard.year() == year) {
                            sink.next(dashboard);
                        }
                    });
                    sink.onDispose(() -> close(subscription, house));
                })
                .onBackpressureBuffer(MAX_PENDING, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST)
                .publishOn(Schedulers.boundedElastic());
    }

    private static void close(AutoCloseable subscription, House house) {
        try {
            subscription.close();
        } catch (Exception failure) {
            log.warn("ending a subscription to {}'s dashboard failed", house, failure);
        }
    }
}
