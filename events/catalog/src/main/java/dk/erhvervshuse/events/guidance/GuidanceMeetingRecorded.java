package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Theme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Vejledningsmøde registreret: a business developer (forretningsudvikler, referred to by id) held a
 * guidance meeting with the company and spent the given hours on it.
 */
@EventRevision("1")
public record GuidanceMeetingRecorded(String caseId, House house, Cvr cvr, String meetingId, String adviserId,
                                      MeetingForm form, BigDecimal hours, List<Theme> themes, LocalDate heldOn)
        implements GuidanceCaseEvent {
    public GuidanceMeetingRecorded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(meetingId, "meetingId");
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
