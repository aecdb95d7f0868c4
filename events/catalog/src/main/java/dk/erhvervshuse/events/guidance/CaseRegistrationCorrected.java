package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Registrering rettet: the case's registration (§9 minimum) was wrong; these are the corrected fields
 * in full. The CVR is not correctable: a case opened for the wrong company is closed and a new one
 * opened, so that both stay visible to supervision.
 */
@EventRevision("1")
public record CaseRegistrationCorrected(String caseId, House house, Cvr cvr, Office office, PNumber pNumber,
                                        LocalDate foundedOn, Segment segment, List<Theme> themes,
                                        String reason)
        implements GuidanceCaseEvent {
    public CaseRegistrationCorrected {
        Objects.requireNonNull(caseId, "caseId");
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
