package dk.erhvervshuse.query.support;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Copies of read-model documents, deep enough that changing the copy never changes the original. */
final class Documents {

    private Documents() {
    }

    static Document deepCopy(Document document) {
        Document copy = new Document();
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            copy.put(entry.getKey(), copyOf(entry.getValue()));
        }
        return copy;
    }

    private static Object copyOf(Object value) {
        if (value instanceof Document document) {
            return deepCopy(document);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(copyOf(element));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Document copy = new Document();
            map.forEach((key, element) -> copy.put(String.valueOf(key), copyOf(element)));
            return copy;
        }
        // Strings, numbers, dates, ObjectIds, Decimal128: immutable.
        return value;
    }
}
