package dk.erhvervshuse.query.rebuild;

import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import org.bson.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;

/** One build as {@link BuildRecords} keeps it. */
record BuildRecord(String id, String definitionSet, String collectionPrefix, BuildStatus status, BuildBound bound,
                   Long stopsAt, Instant startedAt, String startedBy, Instant finishedAt, Instant promotedAt,
                   String promotedBy, Instant endedAt, String endedBy, long eventsDone, boolean cleanedUp) {

    static final Comparator<BuildRecord> OLDEST_FIRST = Comparator.comparing(BuildRecord::startedAt)
            .thenComparing(BuildRecord::id);

    static BuildRecord of(Document document) {
        Number stopsAt = document.get("stopsAt", Number.class);
        Number done = document.get("eventsDone", Number.class);
        return new BuildRecord(document.getString("_id"), document.getString("definitionSet"),
                document.getString("collectionPrefix"), BuildStatus.valueOf(document.getString("status")),
                BuildRecords.boundOf(document), stopsAt == null ? null : stopsAt.longValue(),
                instant(document, "startedAt"), document.getString("startedBy"), instant(document, "finishedAt"),
                instant(document, "promotedAt"), document.getString("promotedBy"), instant(document, "endedAt"),
                document.getString("endedBy"), done == null ? 0 : done.longValue(),
                document.get("cleanedUpAt") != null);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    /** The build the application configures and runs itself (v1, processing group {@code dashboards}). */
    boolean configured() {
        return BuildRecords.CONFIGURED.equals(id);
    }

    DashboardNamespace namespace() {
        return new DashboardNamespace(definitionSet, collectionPrefix);
    }

    /** The processor that builds it (one segment: see {@code DashboardProjection}). */
    String processorName() {
        return "dashboard-build-" + id;
    }
}
