package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.Objects;

/** Vejledningsforløb afsluttet: the guidance ended; goal 5 measures effect two years from here (§8.1). */
@EventRevision("1")
public record GuidanceCaseClosed(String caseId, House house, Cvr cvr, LocalDate closedOn) implements GuidanceCaseEvent {
    public GuidanceCaseClosed {
        Objects.requireNonNull(caseId, "caseId");
    }
}
