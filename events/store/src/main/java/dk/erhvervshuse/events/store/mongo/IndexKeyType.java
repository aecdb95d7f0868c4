package dk.erhvervshuse.events.store.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of a unique index ({@link KeyValue}: the indexed fields' values), compared and stored by the type of
 * each value. H2's default type knows nothing of {@code KeyValue}, so it compared two keys by Java-serializing both
 * and comparing the bytes: every step of every index look-up serialized two objects, which was most of the
 * embedded server's work. Here strings, longs, integers, doubles, booleans, null and the server's "missing" are
 * compared and written as themselves; any other value (a document, an object id, a date) as H2's default type
 * compares and writes it.
 * <p>
 * The order: shorter keys first, then value by value, by kind (in the order of the tags below) and within a kind
 * by the value's natural order. Two keys are equal exactly when their values are of the same kinds and equal,
 * as they were when compared as serialized bytes: {@code 5L} and {@code 5.0} are different keys in both. The order
 * differs from the byte order, so an index written under the default type is never read with this one
 * ({@link IdLookupH2Backend} keeps track of which is which).
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte FALSE = 2;
    private static final byte TRUE = 3;
    private static final byte INTEGER = 4;
    private static final byte LONG = 5;
    private static final byte DOUBLE = 6;
    private static final byte STRING = 7;
    private static final byte OTHER = 8;

    private final ObjectDataType others = new ObjectDataType();

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        for (int i = 0; i < a.size(); i++) {
            int byValue = compareValues(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    }

    private int compareValues(Object a, Object b) {
        byte kindOfA = kindOf(a);
        byte kindOfB = kindOf(b);
        if (kindOfA != kindOfB) {
            return Byte.compare(kindOfA, kindOfB);
        }
        return switch (kindOfA) {
            case INTEGER -> Integer.compare((Integer) a, (Integer) b);
            case LONG -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case STRING -> ((String) a).compareTo((String) b);
            case OTHER -> others.compare(a, b);
            default -> 0;
        };
    }

    private static byte kindOf(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Missing) {
            return MISSING;
        }
        if (value instanceof Boolean bool) {
            return bool ? TRUE : FALSE;
        }
        if (value instanceof Integer) {
            return INTEGER;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof String) {
            return STRING;
        }
        return OTHER;
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 32;
        for (Object value : key) {
            memory += switch (kindOf(value)) {
                case NULL, MISSING, FALSE, TRUE -> 8;
                case INTEGER, LONG, DOUBLE -> 24;
                case STRING -> 48 + 2 * ((String) value).length();
                default -> others.getMemory(value);
            };
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            byte kind = kindOf(value);
            buffer.put(kind);
            switch (kind) {
                case INTEGER -> buffer.putVarInt((Integer) value);
                case LONG -> buffer.putVarLong((Long) value);
                case DOUBLE -> buffer.putDouble((Double) value);
                case STRING -> {
                    String string = (String) value;
                    buffer.putVarInt(string.length()).putStringData(string, string.length());
                }
                case OTHER -> others.write(buffer, value);
                default -> {
                    // the kind says it all
                }
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte kind = buffer.get();
            values.add(switch (kind) {
                case NULL -> null;
                case MISSING -> Missing.getInstance();
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case INTEGER -> Integer.valueOf(DataUtils.readVarInt(buffer));
                case LONG -> Long.valueOf(DataUtils.readVarLong(buffer));
                case DOUBLE -> Double.valueOf(buffer.getDouble());
                case STRING -> DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
                case OTHER -> others.read(buffer);
                default -> throw new IllegalStateException("an index key value of unknown kind " + kind);
            });
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
