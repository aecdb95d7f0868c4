package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.function.Consumer;

/**
 * Notice of a house's dashboard changing, for a live view (a GraphQL subscription, say). After each event
 * batch has been written, every listener of a house whose dashboard changed is called once with the new
 * dashboard, on the projection's thread: a listener must return quickly (hand the view to another thread)
 * and must not throw (what it throws is logged and ignored).
 * <p>
 * In-process only: a listener hears the batches this JVM's projection writes, nothing written by another
 * process, and nothing while the projection is down; after subscribing, read {@link DashboardQueries#dashboard}
 * once for the current state.
 */
public interface DashboardChanges {

    /** @return closing it ends the subscription */
    AutoCloseable subscribe(House house, Consumer<DashboardView> listener);
}
