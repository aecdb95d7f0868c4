package dk.erhvervshuse.events.store.verify;

import dk.erhvervshuse.events.store.StoredCommit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The Danish day a commit was recorded: the recording time of its last event in Europe/Copenhagen. It is
 * read from the hashed content, so an export carries it and an offline verifier computes the same day.
 */
public final class RecordingDate {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private RecordingDate() {
    }

    public static LocalDate of(StoredCommit commit) {
        String timestamp = commit.events().get(commit.events().size() - 1).timestamp();
        return Instant.parse(timestamp).atZone(ZONE).toLocalDate();
    }
}
