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
 * Vejledningsforløb oprettet: a house opened a case of specialised guidance for one company, with the
 * registration minimum of §9 (CVR, P-number, segment, theme).
 *
 * @param foundedOn the company's founding date, from which its age (entrepreneur: under 3 years) is told
 * @param openedOn  the business date the case was opened
 */
@EventRevision("1")
public record GuidanceCaseOpened(String caseId, House house, Cvr cvr, Office office, PNumber pNumber,
                                 LocalDate foundedOn, Segment segment, List<Theme> themes, LocalDate openedOn)
        implements GuidanceCaseEvent {
    public GuidanceCaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
