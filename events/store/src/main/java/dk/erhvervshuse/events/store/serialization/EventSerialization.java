package dk.erhvervshuse.events.store.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How events are written: JSON by Jackson (never XStream), dates as ISO strings, catalog value types
 * as bare strings, and each event's revision from the catalog. Unknown properties are tolerated so
 * that an older reader survives a field added later.
 */
public final class EventSerialization {

    private EventSerialization() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new CatalogJacksonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** The serializer for event payloads, snapshots and metadata alike. */
    public static JacksonSerializer jacksonSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper())
                .revisionResolver(new CatalogRevisionResolver())
                .build();
    }
}
