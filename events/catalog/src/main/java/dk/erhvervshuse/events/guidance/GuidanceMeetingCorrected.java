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
 * Vejledningsmøde rettet: a recorded meeting was registered wrongly; these are its corrected facts in
 * full, replacing the earlier ones from now on. The earlier registration stays in the log (§9:
 * reliable data, errors corrected, never overwritten).
 */
@EventRevision("1")
public record GuidanceMeetingCorrected(String caseId, House house, Cvr cvr, String meetingId, String adviserId,
                                       MeetingForm form, BigDecimal hours, List<Theme> themes, LocalDate heldOn,
                                       String reason)
        implements GuidanceCaseEvent {
    public GuidanceMeetingCorrected {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(meetingId, "meetingId");
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
