package dk.erhvervshuse.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Whole collections, read for comparison in tests only (a scan the production code never makes). */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    public static Map<String, List<Document>> contentsOf(MongoDatabase database, String... collections) {
        Map<String, List<Document>> contents = new TreeMap<>();
        for (String collection : collections) {
            List<Document> documents = database.getCollection(collection).find().into(new ArrayList<>());
            documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            contents.put(collection, documents);
        }
        return contents;
    }
}
