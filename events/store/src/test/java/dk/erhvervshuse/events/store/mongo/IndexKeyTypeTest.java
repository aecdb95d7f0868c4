package dk.erhvervshuse.events.store.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index keys are written and read back as the same values of the same kinds, and ordered so that two keys are equal
 * exactly when they are, whatever the kinds of their values: a total order the index's tree can rely on.
 */
class IndexKeyTypeTest {

    private static final IndexKeyType TYPE = IndexKeyType.INSTANCE;

    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("v1:FYN:2025:goal1:123"), new KeyValue("v1:FYN:2025:goal1:124"), new KeyValue(""),
            new KeyValue("æøå – ünïcode ✓"), new KeyValue(5L), new KeyValue(-5L), new KeyValue(Long.MAX_VALUE),
            new KeyValue(5), new KeyValue(5.0), new KeyValue(-0.0), new KeyValue(0.0), new KeyValue(true),
            new KeyValue(false), new KeyValue(Arrays.asList((Object) null)), new KeyValue(Missing.getInstance()),
            new KeyValue(new ObjectId("0123456789abcdef01234567")), new KeyValue(new Document("a", 1)),
            new KeyValue("a", 1L), new KeyValue("a", 2L), new KeyValue(1L, "a"));

    @Test
    void everyKeyIsReadBackAsTheSameValuesOfTheSameKinds() {
        WriteBuffer buffer = new WriteBuffer();
        for (KeyValue key : KEYS) {
            TYPE.write(buffer, key);
        }
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        for (KeyValue key : KEYS) {
            KeyValue read = TYPE.read(written);
            assertThat(read).isEqualTo(key);
            for (int i = 0; i < key.size(); i++) {
                Object value = key.get(i);
                assertThat(read.get(i) == null ? null : read.get(i).getClass())
                        .isEqualTo(value == null ? null : value.getClass());
            }
            assertThat(TYPE.compare(read, key)).isZero();
        }
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void keysCompareEqualExactlyWhenTheyAreEqualAndTheOrderIsTotal() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                int ab = TYPE.compare(a, b);
                assertThat(ab == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(TYPE.compare(b, a))).as("%s against %s", b, a).isEqualTo(-Integer.signum(ab));
                for (KeyValue c : KEYS) {
                    if (ab < 0 && TYPE.compare(b, c) < 0) {
                        assertThat(TYPE.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void numbersOfDifferentKindsAreDifferentKeysAsTheyAreToTheServer() {
        assertThat(TYPE.compare(new KeyValue(5L), new KeyValue(5.0))).isNotZero();
        assertThat(TYPE.compare(new KeyValue(5), new KeyValue(5L))).isNotZero();
        assertThat(TYPE.compare(new KeyValue(4L), new KeyValue(5L))).isNegative();
        assertThat(TYPE.compare(new KeyValue("a", 9L), new KeyValue("b", 1L))).isNegative();
    }

    @Test
    void aSortedRunOfKeysStaysSortedAfterARoundTrip() {
        List<KeyValue> sorted = new ArrayList<>(KEYS);
        sorted.sort(TYPE);
        WriteBuffer buffer = new WriteBuffer();
        sorted.forEach(key -> TYPE.write(buffer, key));
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        List<KeyValue> read = new ArrayList<>();
        while (written.hasRemaining()) {
            read.add(TYPE.read(written));
        }
        assertThat(read).isEqualTo(sorted).isSortedAccordingTo(TYPE);
    }
}
