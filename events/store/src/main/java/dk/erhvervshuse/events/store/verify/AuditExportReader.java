package dk.erhvervshuse.events.store.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Verifies an {@link AuditExport} without the registry or MongoDB: it reads the file line by line and hands the
 * commits to the same {@link ChainVerifier} the registry runs, with the header's anchor and the file's
 * checkpoints, so it gives the same answer as the registry gave for the same commits. Only the commits the
 * verifier looks ahead at, and one checkpoint per day, are held in memory.
 */
public final class AuditExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final Map<LocalDate, DailyCheckpoint> checkpoints = new HashMap<>();
    private long lineNumber;
    private long commitsRead;
    private long checkpointsRead;
    private boolean ended;

    private AuditExportReader(Reader in) {
        this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    /**
     * Verifies the export read from {@code in}.
     *
     * @throws MalformedExport when a line does not parse, or the chain verifies but the file stops before its end
     *                         line (a verification of part of a file must not pass for the whole)
     */
    public static ChainVerification verify(Reader in) {
        AuditExportReader reader = new AuditExportReader(in);
        VerificationRequest request = reader.header();
        ChainVerification result = ChainVerifier.verify(request, reader.new Entries(),
                date -> Optional.ofNullable(reader.checkpoints.get(date)));
        if (result.verified()) {
            reader.drain();
            if (!reader.ended) {
                throw new MalformedExport(reader.lineNumber, "the export stops before its end line: it is incomplete");
            }
        }
        return result;
    }

    private VerificationRequest header() {
        try {
            return readHeader();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedExport(lineNumber, e.getMessage());
        }
    }

    private VerificationRequest readHeader() {
        JsonNode header = nextLine();
        if (header == null || !AuditExport.HEADER.equals(text(header, AuditExport.TYPE))) {
            throw new MalformedExport(Math.max(1, lineNumber), "an audit export starts with its header line");
        }
        if (!AuditExport.FORMAT.equals(text(header, "format")) || number(header, "version") != AuditExport.VERSION) {
            throw new MalformedExport(lineNumber, "not an export of format " + AuditExport.FORMAT + " version "
                    + AuditExport.VERSION);
        }
        JsonNode anchorLine = required(header, "anchor");
        String date = text(anchorLine, "date");
        Anchor anchor = new Anchor(Anchor.Source.valueOf(requiredText(anchorLine, "source")), number(anchorLine, "position"),
                requiredText(anchorLine, "hash"), date == null ? null : LocalDate.parse(date));
        JsonNode to = header.get("requestedTo");
        long requestedTo = to == null || to.isNull() ? VerificationRequest.TO_HEAD : to.asLong();
        return new VerificationRequest(number(header, "requestedFrom"), requestedTo, anchor, number(header, "reach"));
    }

    /** The next entry of the log, taking in the checkpoint lines before it; null at the end line or the file's end. */
    private LogEntry nextEntry() {
        try {
            return readEntry();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedExport(lineNumber, e.getMessage());
        }
    }

    private LogEntry readEntry() {
        JsonNode line;
        while ((line = nextLine()) != null) {
            String type = requiredText(line, AuditExport.TYPE);
            switch (type) {
                case AuditExport.CHECKPOINT -> {
                    DailyCheckpoint checkpoint = new DailyCheckpoint(LocalDate.parse(requiredText(line, "date")),
                            number(line, "position"), requiredText(line, "hash"));
                    checkpoints.put(checkpoint.date(), checkpoint);
                    checkpointsRead++;
                }
                case AuditExport.COMMIT -> {
                    commitsRead++;
                    return new LogEntry.Commit(commit(line));
                }
                case AuditExport.UNREADABLE -> {
                    return new LogEntry.Unreadable(number(line, "position"), text(line, "reason"));
                }
                case AuditExport.END -> {
                    if (number(line, "commits") != commitsRead || number(line, "checkpoints") != checkpointsRead) {
                        throw new MalformedExport(lineNumber, "the end line counts other commits or checkpoints than "
                                + "the file holds: lines were removed or added");
                    }
                    ended = true;
                    return null;
                }
                default -> throw new MalformedExport(lineNumber, "unknown line type " + type);
            }
        }
        return null;
    }

    private void drain() {
        while (!ended && nextEntry() != null) {
            // Read to the end line, so that a file cut short is noticed.
        }
    }

    private StoredCommit commit(JsonNode line) {
        List<StoredEvent> events = new ArrayList<>();
        for (JsonNode event : required(line, "events")) {
            events.add(new StoredEvent(requiredText(event, "eventId"), requiredText(event, "payloadType"),
                    text(event, "payloadRevision"), number(event, "sequenceNumber"), requiredText(event, "timestamp"),
                    requiredText(event, "payload"), requiredText(event, "metadata")));
        }
        return new StoredCommit(number(line, "position"), text(line, "aggregateType"),
                requiredText(line, "aggregateId"), number(line, "firstSequenceNumber"), events,
                requiredText(line, "previousHash"), requiredText(line, "hash"));
    }

    private JsonNode nextLine() {
        if (ended) {
            return null;
        }
        try {
            String text;
            do {
                text = in.readLine();
                if (text == null) {
                    return null;
                }
                lineNumber++;
            } while (text.isBlank());
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedExport(lineNumber, "not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedExport(lineNumber, "the field " + field + " is missing");
        }
        return value;
    }

    private String requiredText(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new MalformedExport(lineNumber, "the field " + field + " is not text");
        }
        return value.asText();
    }

    private long number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isIntegralNumber()) {
            throw new MalformedExport(lineNumber, "the field " + field + " is not a whole number");
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The log's entries as the file holds them, read as the verifier asks for them. */
    private final class Entries implements Iterator<LogEntry> {
        private LogEntry next;

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = nextEntry();
            }
            return next != null;
        }

        @Override
        public LogEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LogEntry entry = next;
            next = null;
            return entry;
        }
    }
}
