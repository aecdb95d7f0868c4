package dk.erhvervshuse.events.store.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes the lines of an {@link AuditExport}, one at a time, so that no more than a line is held in memory. */
final class AuditExportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private long commits;
    private long checkpoints;
    private long lines;

    AuditExportWriter(Writer out) {
        this.out = out;
    }

    void header(VerificationRequest request) {
        ObjectNode header = line(AuditExport.HEADER)
                .put("format", AuditExport.FORMAT)
                .put("version", AuditExport.VERSION)
                .put("requestedFrom", request.requestedFrom());
        if (request.requestedTo() == VerificationRequest.TO_HEAD) {
            header.putNull("requestedTo");
        } else {
            header.put("requestedTo", request.requestedTo());
        }
        header.put("reach", request.reach());
        Anchor anchor = request.anchor();
        header.putObject("anchor")
                .put("source", anchor.source().name())
                .put("position", anchor.position())
                .put("hash", anchor.hash())
                .put("date", anchor.date() == null ? null : anchor.date().toString());
        write(header);
    }

    void checkpoint(DailyCheckpoint checkpoint) {
        write(line(AuditExport.CHECKPOINT)
                .put("date", checkpoint.date().toString())
                .put("position", checkpoint.position())
                .put("hash", checkpoint.hash()));
        checkpoints++;
    }

    void entry(LogEntry entry) {
        if (entry instanceof LogEntry.Unreadable unreadable) {
            write(line(AuditExport.UNREADABLE).put("position", unreadable.position()).put("reason", unreadable.reason()));
            return;
        }
        StoredCommit commit = ((LogEntry.Commit) entry).commit();
        ObjectNode line = line(AuditExport.COMMIT)
                .put("position", commit.position())
                .put("aggregateType", commit.aggregateType())
                .put("aggregateId", commit.aggregateId())
                .put("firstSequenceNumber", commit.firstSequenceNumber())
                .put("previousHash", commit.previousHash())
                .put("hash", commit.hash());
        ArrayNode events = line.putArray("events");
        for (StoredEvent event : commit.events()) {
            events.addObject()
                    .put("eventId", event.eventId())
                    .put("payloadType", event.payloadType())
                    .put("payloadRevision", event.payloadRevision())
                    .put("sequenceNumber", event.sequenceNumber())
                    .put("timestamp", event.timestamp())
                    .put("payload", event.payload())
                    .put("metadata", event.metadata());
        }
        write(line);
        commits++;
    }

    AuditExport.Summary end() {
        write(line(AuditExport.END).put("commits", commits).put("checkpoints", checkpoints));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuditExport.Summary(commits, checkpoints, lines);
    }

    private static ObjectNode line(String type) {
        return JSON.createObjectNode().put(AuditExport.TYPE, type);
    }

    private void write(ObjectNode line) {
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
