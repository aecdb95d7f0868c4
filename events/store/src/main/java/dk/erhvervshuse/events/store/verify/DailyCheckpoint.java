package dk.erhvervshuse.events.store.verify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dagligt kontrolpunkt: where the log stood at the end of a day, for supervision (§10.2). The last commit
 * recorded on {@code date} (Europe/Copenhagen) ends at {@code position} and has {@code hash}. Once a day is
 * over its checkpoint no longer moves, so a copy kept outside the registry (by the ministry, say) proves
 * that the log up to that position has not been rewritten since, even by someone who recomputed every hash.
 */
public record DailyCheckpoint(LocalDate date, long position, String hash) {
    public DailyCheckpoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hash, "hash");
    }
}
