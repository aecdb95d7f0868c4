package dk.erhvervshuse.events.store.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

/**
 * A collection's documents, kept in H2 as BSON, as the server reads and writes them on the wire. H2's default type
 * Java-serialized each document whenever a page holding it was written (every change, at the next commit, and again
 * when the file is compacted), and deserialized it whenever such a page was read: a large share of the embedded
 * server's work, growing with the size of its documents.
 */
final class DocumentType extends BasicDataType<Document> {

    static final DocumentType INSTANCE = new DocumentType();

    private DocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, encoded);
            int length = encoded.readableBytes();
            buffer.putVarInt(length);
            if (encoded.hasArray()) {
                buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), length);
            } else {
                byte[] bytes = new byte[length];
                encoded.readBytes(bytes);
                buffer.put(bytes);
            }
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /** An estimate of the document's size in memory, for H2's cache and page sizes: never encodes it. */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, memoryOf(document));
    }

    private static long memoryOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            long memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 48 + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            long memory = 40;
            for (Object element : values) {
                memory += 8 + memoryOf(element);
            }
            return memory;
        }
        if (value instanceof String string) {
            return 40 + string.length();
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
