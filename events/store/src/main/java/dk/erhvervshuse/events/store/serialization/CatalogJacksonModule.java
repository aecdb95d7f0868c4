package dk.erhvervshuse.events.store.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.erhvervshuse.events.common.SingleValue;

import java.io.IOException;
import java.lang.reflect.Constructor;

/**
 * Stores the catalog's single-value types (CVR, P-number) as bare strings. The catalog cannot carry
 * Jackson annotations (it depends on nothing), so the store teaches Jackson here.
 */
public final class CatalogJacksonModule extends SimpleModule {

    public CatalogJacksonModule() {
        super("catalog");
        addSerializer(SingleValue.class, new StdSerializer<>(SingleValue.class) {
            @Override
            public void serialize(SingleValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.value());
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription beanDesc) {
                if (!SingleValue.class.isAssignableFrom(type.getRawClass()) || !type.getRawClass().isRecord()) {
                    return null;
                }
                return new SingleValueDeserializer(type.getRawClass());
            }
        });
    }

    private static final class SingleValueDeserializer extends JsonDeserializer<Object> {
        private final Constructor<?> constructor;

        SingleValueDeserializer(Class<?> type) {
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " must be a record of one String component", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return constructor.newInstance(text);
            } catch (ReflectiveOperationException e) {
                return context.handleInstantiationProblem(constructor.getDeclaringClass(), text, e);
            }
        }
    }
}
