package dk.erhvervshuse.query.rebuild;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard builds as MongoDB keeps them, one document per build in {@value #COLLECTION} ({@code _id} the
 * build's id), and the default build under {@code _id} {@value #DEFAULT_ID}. The collection holds a handful of
 * documents, so listing it whole is cheap; every change is a conditional update on {@code _id} and status, so
 * two instances (or two analysts) racing on one build cannot both move it.
 */
final class BuildRecords {

    static final String COLLECTION = "dashboard_builds";
    static final String DEFAULT_ID = "@default";

    /** The build the application configures: definition set v1, in {@link DashboardNamespace#V1}. */
    static final String CONFIGURED = "v1";

    private final MongoCollection<Document> builds;

    BuildRecords(MongoDatabase database) {
        this.builds = database.getCollection(COLLECTION);
    }

    /** Records the configured build (live, the default) on the first start. */
    void ensureConfigured(Instant now) {
        Document configured = new Document("_id", CONFIGURED)
                .append("definitionSet", DefinitionSets.V1.id())
                .append("collectionPrefix", DashboardNamespace.V1.collectionPrefix())
                .append("status", BuildStatus.LIVE.name())
                .append("startedAt", Date.from(now))
                .append("startedBy", "configuration");
        insertIfAbsent(configured);
        insertIfAbsent(new Document("_id", DEFAULT_ID).append("build", CONFIGURED));
    }

    private void insertIfAbsent(Document document) {
        try {
            builds.insertOne(document);
        } catch (MongoWriteException duplicate) {
            if (duplicate.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw duplicate;
            }
        }
    }

    List<BuildRecord> all() {
        List<BuildRecord> all = new ArrayList<>();
        for (Document document : builds.find()) {
            if (!DEFAULT_ID.equals(document.getString("_id"))) {
                all.add(BuildRecord.of(document));
            }
        }
        all.sort(BuildRecord.OLDEST_FIRST);
        return all;
    }

    Optional<BuildRecord> find(String id) {
        if (id == null || DEFAULT_ID.equals(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(builds.find(Filters.eq("_id", id)).first()).map(BuildRecord::of);
    }

    String defaultBuild() {
        Document pointer = builds.find(Filters.eq("_id", DEFAULT_ID)).first();
        return pointer == null ? CONFIGURED : pointer.getString("build");
    }

    void setDefault(String id) {
        builds.replaceOne(Filters.eq("_id", DEFAULT_ID), new Document("_id", DEFAULT_ID).append("build", id),
                new ReplaceOptions().upsert(true));
    }

    /**
     * Records a new build of {@code definitionSet} under the next free id ({@code v2-1}, {@code v2-2}, …); ids are
     * never reused, so a cancelled build's collections and token are never taken for a new one's.
     */
    BuildRecord insertNew(String definitionSet, BuildBound bound, Long stopsAt, Instant now, String by) {
        long last = 0;
        for (BuildRecord record : all()) {
            String id = record.id();
            if (id.startsWith(definitionSet + "-") && id.substring(definitionSet.length() + 1).matches("[0-9]{1,9}")) {
                last = Math.max(last, Long.parseLong(id.substring(definitionSet.length() + 1)));
            }
        }
        for (long number = last + 1; ; number++) {
            String id = definitionSet + "-" + number;
            Document document = new Document("_id", id)
                    .append("definitionSet", definitionSet)
                    .append("collectionPrefix", "dashboard_" + definitionSet + "_" + number + "_")
                    .append("status", BuildStatus.BUILDING.name())
                    .append("bound", boundDocument(bound))
                    .append("stopsAt", stopsAt)
                    .append("startedAt", Date.from(now))
                    .append("startedBy", by)
                    .append("eventsDone", 0L);
            try {
                builds.insertOne(document);
                return BuildRecord.of(document);
            } catch (MongoWriteException taken) {
                if (taken.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw taken;
                }
            }
        }
    }

    /** Moves a build from {@code from} to {@code to}; false if it was not in {@code from} (someone was first). */
    boolean move(String id, BuildStatus from, BuildStatus to, Bson... more) {
        List<Bson> updates = new ArrayList<>(List.of(more));
        updates.add(Updates.set("status", to.name()));
        return builds.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", from.name())),
                Updates.combine(updates)).getModifiedCount() == 1;
    }

    void saveProgress(String id, long eventsDone) {
        builds.updateOne(Filters.eq("_id", id), Updates.max("eventsDone", eventsDone));
    }

    /** Records that an ended build's collections and token are gone, so no instance looks at it again. */
    void markCleanedUp(String id, Instant at) {
        builds.updateOne(Filters.eq("_id", id), Updates.set("cleanedUpAt", Date.from(at)));
    }

    void markPromoted(String id, Instant at, String by) {
        builds.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("promotedAt", Date.from(at)),
                Updates.set("promotedBy", by)));
    }

    private static Document boundDocument(BuildBound bound) {
        if (!bound.bounded()) {
            return null;
        }
        return new Document("position", bound.upToPosition())
                .append("recordedAt", bound.recordedUpTo() == null ? null : Date.from(bound.recordedUpTo()))
                .append("businessDate", bound.happenedBy() == null ? null : bound.happenedBy().toString());
    }

    static BuildBound boundOf(Document document) {
        Document bound = document.get("bound", Document.class);
        if (bound == null) {
            return BuildBound.NONE;
        }
        Number position = bound.get("position", Number.class);
        Date recordedAt = bound.getDate("recordedAt");
        String businessDate = bound.getString("businessDate");
        return new BuildBound(position == null ? null : position.longValue(),
                recordedAt == null ? null : recordedAt.toInstant(),
                businessDate == null ? null : LocalDate.parse(businessDate));
    }
}
