package dk.erhvervshuse.query.support;

import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How view values are kept in documents, the same way in every collection: business dates as ISO
 * dates ({@code 2025-03-04}) and recording times as ISO instants (exact, unlike a BSON date's
 * milliseconds), both strings; hours as Decimal128, never a double; enums by name.
 */
public final class BsonValues {

    private BsonValues() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(Document document, String key) {
        String value = document.getString(key);
        return value == null ? null : LocalDate.parse(value);
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant instant(Document document, String key) {
        String value = document.getString(key);
        return value == null ? null : Instant.parse(value);
    }

    public static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    public static BigDecimal decimal(Document document, String key) {
        Object value = document.get(key);
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return value == null ? null : new BigDecimal(value.toString());
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static List<String> names(List<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> names.add(value.name()));
        }
        return names;
    }

    public static Long longValue(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number number ? number.longValue() : null;
    }

    public static List<String> strings(Document document, String key) {
        List<String> values = document.getList(key, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }

    public static List<Long> longs(Document document, String key) {
        List<?> values = document.get(key, List.class);
        List<Long> longs = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> longs.add(((Number) value).longValue()));
        }
        return longs;
    }

    /** The sub-documents under {@code key}, for reading: empty if absent. */
    public static List<Document> nested(Document document, String key) {
        List<Document> values = document.getList(key, Document.class);
        return values == null ? List.of() : values;
    }

    /** The sub-documents under {@code key}, as the document's own list, created if absent, so that changes stick. */
    public static List<Document> documents(Document document, String key) {
        List<Document> values = document.getList(key, Document.class);
        if (values == null) {
            values = new ArrayList<>();
            document.put(key, values);
        }
        return values;
    }

    /** The values under {@code key}, as the document's own list, created if absent, so that changes stick. */
    public static <T> List<T> list(Document document, String key, Class<T> type) {
        List<T> values = document.getList(key, type);
        if (values == null) {
            values = new ArrayList<>();
            document.put(key, values);
        }
        return values;
    }

    /** Puts {@code replacement} in place of the element whose {@code idField} is {@code id}, or adds it. */
    public static void replaceById(List<Document> documents, String idField, String id, Document replacement) {
        for (int i = 0; i < documents.size(); i++) {
            if (id.equals(documents.get(i).getString(idField))) {
                documents.set(i, replacement);
                return;
            }
        }
        documents.add(replacement);
    }

    /** The element whose {@code idField} is {@code id}; a new one holding only that id, added, if none. */
    public static Document findOrAdd(List<Document> documents, String idField, String id) {
        for (Document element : documents) {
            if (id.equals(element.getString(idField))) {
                return element;
            }
        }
        Document element = new Document(idField, id);
        documents.add(element);
        return element;
    }
}
