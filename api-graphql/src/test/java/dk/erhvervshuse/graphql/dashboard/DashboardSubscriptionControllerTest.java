package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardChanges;
import dk.erhvervshuse.query.api.DashboardView;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscription holds the query side's listener exactly as long as the client listens, and pushes only the
 * dashboards it asked for.
 */
class DashboardSubscriptionControllerTest {

    /** DashboardChanges in miniature: the listeners of each house, published to by hand. */
    private static final class Changes implements DashboardChanges {

        final Map<House, List<Consumer<DashboardView>>> listeners = new ConcurrentHashMap<>();

        @Override
        public AutoCloseable subscribe(House house, Consumer<DashboardView> listener) {
            listeners.computeIfAbsent(house, h -> new CopyOnWriteArrayList<>()).add(listener);
            return () -> listeners.get(house).remove(listener);
        }

        void publish(DashboardView dashboard) {
            listeners.getOrDefault(House.valueOf(dashboard.house()), List.of()).forEach(l -> l.accept(dashboard));
        }

        int listening(House house) {
            return listeners.getOrDefault(house, List.of()).size();
        }
    }

    private static DashboardView dashboard(String house, int year) {
        return new DashboardView("v1", house, year, null, null, List.of());
    }

    @Test
    void cancellingTheSubscriptionEndsTheQuerySidesListener() {
        Changes changes = new Changes();
        DashboardSubscriptionController controller = new DashboardSubscriptionController(changes);

        Disposable subscription = controller.dashboardChanged(House.FYN, null).subscribe();
        assertThat(changes.listening(House.FYN)).isEqualTo(1);

        subscription.dispose();
        assertThat(changes.listening(House.FYN)).isZero();
    }

    @Test
    void onlyTheHouseAndYearAskedForArePushed() {
        Changes changes = new Changes();
        DashboardSubscriptionController controller = new DashboardSubscriptionController(changes);
        List<DashboardView> pushed = new CopyOnWriteArrayList<>();
        Disposable subscription = controller.dashboardChanged(House.FYN, 2025).subscribe(pushed::add);

        changes.publish(dashboard("FYN", 2024));
        changes.publish(dashboard("HOVEDSTADEN", 2025));
        changes.publish(dashboard("FYN", 2025));

        eventually().untilAsserted(() -> assertThat(pushed).extracting(view -> view.house() + " " + view.year())
                .containsExactly("FYN 2025"));
        subscription.dispose();
    }
}
