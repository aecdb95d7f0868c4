package dk.erhvervshuse.events.store.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * mongo-java-server's H2 backend, but finding a document by {@code _id} whenever a query requires one {@code _id}
 * value, as MongoDB's planner does. Out of the box the server uses its {@code _id} index only for a query on
 * {@code _id} alone, so a query like {@code {_id: X, lastPosition: 41}} (a write guarded by the version it read)
 * reads the whole collection; run once per written document, that made a projection's cost grow with the size of
 * its collections. Here the {@code _id} index serves such a query: it yields the one document with that id, and
 * the server checks the rest of the query against it as it checks every candidate. And a read of many documents
 * by id ({@code _id $in}) checks each against a set of the ids rather than the list ({@link IdCollection}).
 * <p>
 * Every unique index it creates keeps its keys as {@link IndexKeyType}, compared by value: H2's default compared
 * them by Java-serializing both keys at every step of every look-up. An index the stock server wrote is read as it
 * was written; the map {@value #TYPED_MAPS} lists the maps created here. Documents are kept as BSON
 * ({@link DocumentType}) rather than Java-serialized, in collections created here.
 */
final class IdLookupH2Backend extends H2Backend {

    private static final String ID = "_id";
    /**
     * The map listing, by name, the maps created here with a type of their own: unique indexes with keys of
     * {@link IndexKeyType}, collections with documents of {@link DocumentType}.
     */
    static final String TYPED_MAPS = "erhvervshuse.typedMaps";
    private static final String KEYS_BY_VALUE = "IndexKeyType";
    private static final String DOCUMENTS_AS_BSON = "DocumentType";

    IdLookupH2Backend(MVStore store) {
        super(store);
    }

    static IdLookupH2Backend inMemoryWithIdLookups() {
        return new IdLookupH2Backend(MVStore.open(null));
    }

    /**
     * On disk in {@code fileName}, with a page cache of {@code cacheMegabytes} (H2's own default is 16): once the
     * collections outgrow the cache, every look-up reads and decodes pages from the file again.
     */
    static IdLookupH2Backend onDisk(String fileName, int cacheMegabytes) {
        if (cacheMegabytes < 1) {
            throw new IllegalArgumentException("the store's cache must be at least 1 MB, not " + cacheMegabytes);
        }
        return new IdLookupH2Backend(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Inner, so that the collections it opens while it is still being constructed reach the backend's store. */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            Index<Object> index = typedOrAsWritten(collectionName, indexName, keys, sparse);
            boolean idIndex = keys.size() == 1 && ID.equals(keys.get(0).getKey()) && !sparse;
            return idIndex ? new IdIndex(index) : index;
        }

        /**
         * The index with keys of {@link IndexKeyType}, unless the stock server wrote it: its keys are in the order
         * of their serialized bytes, and it is read as it was written.
         */
        private Index<Object> typedOrAsWritten(String collectionName, String indexName, List<IndexKey> keys,
                                               boolean sparse) {
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (!typed(mapName, KEYS_BY_VALUE)) {
                return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            }
            MVMap<KeyValue, Object> map = getMvStore().openMap(mapName,
                    new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
            return new TypedUniqueIndex(map, indexName, keys, sparse);
        }

        /**
         * Whether the map is to be opened with the type named: yes if it is new (and from now on it is listed in
         * {@value #TYPED_MAPS}) or listed with that type; no if the stock server wrote it.
         */
        private boolean typed(String mapName, String type) {
            MVStore store = getMvStore();
            MVMap<String, String> typedMaps = store.openMap(TYPED_MAPS);
            if (store.hasMap(mapName)) {
                return type.equals(typedMaps.get(mapName));
            }
            typedMaps.put(mapName, type);
            return true;
        }

        /**
         * The collection in the maps H2Database keeps it in ({@code databases.<ns>}, {@code meta.<ns>}), its
         * documents as {@link DocumentType} unless the stock server wrote them.
         */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            String dataName = "databases." + namespace;
            MVMap<Object, Document> data = typed(dataName, DOCUMENTS_AS_BSON)
                    ? store.openMap(dataName, new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE))
                    : store.openMap(dataName);
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new IdCollection(this, collectionName, options, data, meta, getCursorRegistry());
        }

        /**
         * Refused: H2Database renames a collection's maps, and a renamed map would lose the type it was written
         * with. Nothing in the registry renames collections.
         */
        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            throw new MongoServerException("renaming a collection (" + collection.getFullName() + " to "
                    + newCollectionName + ") is not supported by the registry's embedded store");
        }
    }

    /**
     * A collection that checks {@code {_id: {$in: [...]}}} against a set of the ids rather than the list: the server
     * checks every document the {@code _id} index found against the whole query, and its list scan made reading
     * {@code k} documents by id cost {@code k²} comparisons (a projection's batch reads thousands at once).
     */
    static final class IdCollection extends H2Collection {

        private volatile IdsOf lastQuery;

        IdCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                     MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, collectionName, options, data, meta, cursors);
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
            Set<Object> ids = idsListedBy(query);
            if (ids != null && ids.contains(document.get(ID))) {
                return true;
            }
            return super.documentMatchesQuery(document, query);
        }

        /**
         * The ids of a query on {@code _id $in} alone, where they are strings, longs or object ids (whose equality is
         * Java's); null for any other query, which the server's own matcher checks.
         */
        private Set<Object> idsListedBy(Document query) {
            IdsOf last = lastQuery;
            if (last != null && last.query() == query) {
                return last.ids();
            }
            Set<Object> ids = null;
            if (query.size() == 1 && query.get(ID) instanceof Document condition && condition.size() == 1
                    && condition.get("$in") instanceof Collection<?> listed) {
                ids = new HashSet<>();
                for (Object id : listed) {
                    if (id instanceof String || id instanceof Long || id instanceof ObjectId) {
                        ids.add(id);
                    }
                }
            }
            lastQuery = new IdsOf(query, ids);
            return ids;
        }

        private record IdsOf(Document query, Set<Object> ids) {
        }
    }

    /** The {@code _id} index, also answering a query that names one {@code _id} value among other conditions. */
    static final class IdIndex extends Index<Object> {

        private final Index<Object> index;

        IdIndex(Index<Object> index) {
            super(index.getName(), index.getKeys(), false);
            this.index = index;
        }

        /**
         * The one {@code _id} value a query requires besides other conditions, either beside them
         * ({@code {_id: X, lastPosition: 41}}) or as one of the terms of its {@code $and}; null if it requires none.
         */
        static Object idRequiredBy(Document query) {
            if (query.size() >= 2 && query.containsKey(ID)) {
                return plainId(query.get(ID));
            }
            if (query.size() == 1 && query.get("$and") instanceof List<?> terms) {
                for (Object term : terms) {
                    if (term instanceof Document condition && condition.size() == 1 && condition.containsKey(ID)) {
                        Object id = plainId(condition.get(ID));
                        if (id != null) {
                            return id;
                        }
                    }
                }
            }
            return null;
        }

        /** A value the index looks up as it is: a string, number or object id; {@code {$eq: value}} counts as one. */
        private static Object plainId(Object value) {
            Object id = value instanceof Document operator && operator.size() == 1 && operator.containsKey("$eq")
                    ? operator.get("$eq") : value;
            return id instanceof String || id instanceof Number || id instanceof ObjectId ? id : null;
        }

        @Override
        public boolean canHandle(Document query) {
            return index.canHandle(query) || idRequiredBy(query) != null;
        }

        @Override
        public Iterable<Object> getPositions(Document query) {
            if (index.canHandle(query)) {
                return index.getPositions(query);
            }
            return index.getPositions(new Document(ID, idRequiredBy(query)));
        }

        @Override
        public Object getPosition(Document document) {
            return index.getPosition(document);
        }

        @Override
        public void checkAdd(Document document, MongoCollection<Object> collection) {
            index.checkAdd(document, collection);
        }

        @Override
        public void add(Document document, Object position, MongoCollection<Object> collection) {
            index.add(document, position, collection);
        }

        @Override
        public Object remove(Document document) {
            return index.remove(document);
        }

        @Override
        public long getCount() {
            return index.getCount();
        }

        @Override
        public boolean isEmpty() {
            return index.isEmpty();
        }

        @Override
        public long getDataSize() {
            return index.getDataSize();
        }

        @Override
        public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
            index.checkUpdate(oldDocument, newDocument, collection);
        }

        @Override
        public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                  MongoCollection<Object> collection) throws KeyConstraintError {
            index.updateInPlace(oldDocument, newDocument, position, collection);
        }

        @Override
        public void drop() {
            index.drop();
        }

        @Override
        public boolean isUnique() {
            return index.isUnique();
        }
    }
}
