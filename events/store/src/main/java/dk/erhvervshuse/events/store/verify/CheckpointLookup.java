package dk.erhvervshuse.events.store.verify;

import java.time.LocalDate;
import java.util.Optional;

/** The daily checkpoint of a date, if one was recorded: from the registry's collection or from an export. */
@FunctionalInterface
public interface CheckpointLookup {

    Optional<DailyCheckpoint> on(LocalDate date);

    static CheckpointLookup none() {
        return date -> Optional.empty();
    }
}
