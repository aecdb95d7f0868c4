package dk.erhvervshuse.events.store.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server finds a document by its {@code _id} whenever a query requires one id among other
 * conditions (a write guarded by the version it read), and still applies every other condition: a guard that no
 * longer holds matches nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdLookupTest {

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<org.bson.Document> documents;

    @BeforeAll
    void start() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
        documents = client.getDatabase("lookups").getCollection("documents");
        for (int i = 0; i < 50; i++) {
            documents.insertOne(new org.bson.Document("_id", "doc-" + i).append("lastPosition", (long) i));
        }
        documents.insertOne(new org.bson.Document("_id", 7L).append("lastPosition", 70L));
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aGuardedReplaceMatchesOnlyWhileTheGuardHolds() {
        org.bson.Document guard = new org.bson.Document("_id", "doc-3").append("lastPosition", 3L);
        org.bson.Document next = new org.bson.Document("_id", "doc-3").append("lastPosition", 103L);

        assertThat(documents.replaceOne(guard, next).getMatchedCount()).isEqualTo(1);
        assertThat(documents.replaceOne(guard, next).getMatchedCount()).as("the guard no longer holds").isZero();
        assertThat(documents.find(Filters.eq("_id", "doc-3")).first()).isEqualTo(next);
    }

    @Test
    void theDriversAndOfAnIdAndAConditionIsAppliedWhole() {
        assertThat(documents.replaceOne(Filters.and(Filters.eq("_id", 7L), Filters.eq("lastPosition", 70L)),
                new org.bson.Document("_id", 7L).append("lastPosition", 71L)).getMatchedCount()).isEqualTo(1);
        assertThat(documents.updateOne(Filters.and(Filters.eq("_id", 7L), Filters.lt("lastPosition", 71L)),
                new org.bson.Document("$set", new org.bson.Document("touched", true))).getMatchedCount()).isZero();
        assertThat(documents.countDocuments(Filters.and(Filters.eq("_id", "doc-9"), Filters.eq("lastPosition", 9L))))
                .isEqualTo(1);
    }

    @Test
    void anUpsertGuardedByAbsenceCreatesOnceAndThenCollidesOnTheId() {
        org.bson.Document absent = new org.bson.Document("_id", "new-1")
                .append("lastPosition", new org.bson.Document("$exists", false));
        org.bson.Document created = new org.bson.Document("_id", "new-1").append("lastPosition", 1L);

        assertThat(documents.replaceOne(absent, created, new ReplaceOptions().upsert(true)).getUpsertedId())
                .isNotNull();
        assertThatThrownBy(() -> documents.replaceOne(absent, created, new ReplaceOptions().upsert(true)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        duplicate -> assertThat(duplicate.getError().getCode()).isEqualTo(11000));
    }

    @Test
    void aReadOfManyIdsFindsExactlyTheListedDocumentsWhateverTheKindOfId() {
        List<Object> listed = new ArrayList<>();
        for (int i = 0; i < 50; i += 2) {
            listed.add("doc-" + i);
        }
        listed.add("missing");
        listed.add(7L);

        assertThat(documents.find(Filters.in("_id", listed)).map(document -> document.get("_id"))
                .into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(listed.stream().filter(id -> !"missing".equals(id)).toList());
        assertThat(documents.countDocuments(Filters.in("_id", List.of(7)))).as("an int finds the long id 7").isEqualTo(1);
        assertThat(documents.countDocuments(Filters.and(Filters.in("_id", List.of("doc-1", "doc-2")),
                Filters.eq("lastPosition", 2L)))).as("with another condition").isEqualTo(1);
    }

    @Test
    void dataTheStockBackendWroteIsReadAsItWas(@TempDir Path directory) {
        Path file = directory.resolve("mongo.mv.db");
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        InetSocketAddress address = stock.bind();
        try (MongoClient written = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            written.getDatabase("kept").getCollection("documents").insertOne(new org.bson.Document("_id", "kept-1")
                    .append("lastPosition", 12L));
        }
        stock.shutdownNow();

        for (int reopening = 1; reopening <= 2; reopening++) {
            try (EmbeddedMongoServer shipped = EmbeddedMongoServer.onDisk(directory);
                 MongoClient read = MongoClients.create(shipped.connectionString())) {
                MongoCollection<org.bson.Document> kept = read.getDatabase("kept").getCollection("documents");
                assertThat(kept.find(Filters.and(Filters.eq("_id", "kept-1"), Filters.eq("lastPosition", 12L)))
                        .first()).isEqualTo(new org.bson.Document("_id", "kept-1").append("lastPosition", 12L));
                // the stock server's index goes on taking new keys and refusing duplicates
                kept.insertOne(new org.bson.Document("_id", "added-" + reopening));
                assertThatThrownBy(() -> kept.insertOne(new org.bson.Document("_id", "kept-1")))
                        .isInstanceOf(MongoWriteException.class);
                assertThat(kept.find(Filters.eq("_id", "added-1")).first()).isNotNull();
                assertThat(kept.countDocuments()).isEqualTo(1 + reopening);
                shipped.flush();
            }
        }
        assertThat(typedIndexesIn(directory)).doesNotContain("kept.documents._index__id_", "databases.kept.documents");
    }

    @Test
    void indexesWrittenHereAreFoundAgainAfterARestart(@TempDir Path directory) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            ids.add("v1:HOVEDSTADEN:2025:goal1:" + i);
        }
        try (EmbeddedMongoServer first = EmbeddedMongoServer.onDisk(directory);
             MongoClient client = MongoClients.create(first.connectionString())) {
            MongoCollection<org.bson.Document> parts = client.getDatabase("kept").getCollection("parts");
            for (int i = 0; i < ids.size(); i++) {
                parts.insertOne(new org.bson.Document("_id", ids.get(i)).append("n", i));
            }
            MongoCollection<org.bson.Document> positions = client.getDatabase("kept").getCollection("positions");
            for (long position = 1; position <= 3000; position++) {
                positions.insertOne(new org.bson.Document("_id", position));
            }
            client.getDatabase("kept").getCollection("kinds").insertOne(EVERY_KIND);
            first.flush();
        }
        try (EmbeddedMongoServer second = EmbeddedMongoServer.onDisk(directory);
             MongoClient client = MongoClients.create(second.connectionString())) {
            MongoCollection<org.bson.Document> parts = client.getDatabase("kept").getCollection("parts");
            for (int i = 0; i < ids.size(); i += 7) {
                assertThat(parts.find(Filters.eq("_id", ids.get(i))).first()).as(ids.get(i))
                        .isEqualTo(new org.bson.Document("_id", ids.get(i)).append("n", i));
            }
            assertThat(parts.find(Filters.in("_id", ids.subList(1000, 1500))).into(new ArrayList<>())).hasSize(500);
            assertThatThrownBy(() -> parts.insertOne(new org.bson.Document("_id", ids.get(2999))))
                    .isInstanceOf(MongoWriteException.class);
            MongoCollection<org.bson.Document> positions = client.getDatabase("kept").getCollection("positions");
            assertThat(positions.find(Filters.eq("_id", 2048L)).first()).isNotNull();
            assertThat(positions.find(Filters.eq("_id", 3001L)).first()).isNull();
            assertThat(positions.countDocuments(Filters.gte("_id", 2001L))).isEqualTo(1000);
            assertThat(client.getDatabase("kept").getCollection("kinds").find().first()).isEqualTo(EVERY_KIND);
        }
        assertThat(typedIndexesIn(directory)).contains("kept.parts._index__id_", "kept.positions._index__id_",
                "databases.kept.parts", "databases.kept.positions");
    }

    /** A document with a value of every kind the registry keeps, and some it does not. */
    private static final org.bson.Document EVERY_KIND = new org.bson.Document("_id", new org.bson.types.ObjectId())
            .append("string", "æøå ✓").append("int", 7).append("long", 7L).append("double", 7.5)
            .append("decimal", new org.bson.types.Decimal128(new java.math.BigDecimal("1234.5600")))
            .append("true", true).append("null", null)
            .append("date", java.util.Date.from(java.time.Instant.parse("2025-03-01T10:15:30.123Z")))
            .append("binary", new org.bson.types.Binary(new byte[]{1, 2, 3}))
            .append("list", List.of(1, "two", new org.bson.Document("three", 3.0), List.of()))
            .append("nested", new org.bson.Document("deeper", new org.bson.Document("deepest", List.of(1L, 2L))));

    @Test
    void aCollectionIsNotRenamedButRefusedClearly() {
        MongoCollection<org.bson.Document> doomed = client.getDatabase("lookups").getCollection("to-rename");
        doomed.insertOne(new org.bson.Document("_id", "kept"));
        assertThatThrownBy(() -> doomed.renameCollection(new com.mongodb.MongoNamespace("lookups", "renamed")))
                .isInstanceOf(com.mongodb.MongoException.class).hasMessageContaining("renaming a collection");
        assertThat(doomed.find(Filters.eq("_id", "kept")).first()).isNotNull();
    }

    /** The names of the maps the file lists as created with a type of their own. */
    private static java.util.Set<String> typedIndexesIn(Path directory) {
        MVStore store = MVStore.open(directory.resolve("mongo.mv.db").toString());
        try {
            return new java.util.HashSet<>(store.<String, String>openMap(IdLookupH2Backend.TYPED_MAPS).keySet());
        } finally {
            store.close();
        }
    }

    @Test
    void aStoreOnDiskKeepsThePageCacheItIsGivenAndRefusesNone(@TempDir Path directory) {
        IdLookupH2Backend backend = IdLookupH2Backend.onDisk(directory.resolve("cached.mv.db").toString(), 256);
        try {
            assertThat(backend.getMvStore().getCacheSize()).isEqualTo(256);
        } finally {
            backend.close();
        }
        assertThatThrownBy(() -> IdLookupH2Backend.onDisk(directory.resolve("none.mv.db").toString(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache");
    }

    @Test
    void theIdIndexTakesAQueryThatRequiresOneIdAmongOtherConditions() {
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("_id", "a").append("x", 1))).isEqualTo("a");
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("$and",
                List.of(new Document("_id", 5L), new Document("x", new Document("$lt", 3)))))).isEqualTo(5L);
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("_id", new Document("$eq", "b"))
                .append("x", 1))).isEqualTo("b");
    }

    @Test
    void itLeavesEveryOtherQueryToTheServersOwnPlan() {
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("_id", "a"))).as("the index's own case").isNull();
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("x", 1).append("y", 2))).isNull();
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("_id", new Document("$gt", "a"))
                .append("x", 1))).as("a range of ids").isNull();
        assertThat(IdLookupH2Backend.IdIndex.idRequiredBy(new Document("$or",
                List.of(new Document("_id", "a"), new Document("x", 1))))).isNull();
    }
}
