package dk.erhvervshuse.events.store.serialization;

import dk.erhvervshuse.events.common.EventRevision;
import org.axonframework.serialization.RevisionResolver;

/**
 * Reads an event's revision from the catalog's own {@link EventRevision}. Every event the log stores
 * has one, so an upcaster can always tell which shape it is looking at; anything without it
 * (snapshots, framework messages) is stored without a revision.
 */
public final class CatalogRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? null : revision.value();
    }
}
