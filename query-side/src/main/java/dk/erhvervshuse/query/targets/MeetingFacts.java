package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A guidance meeting (vejledningsmøde) as it now stands: corrected facts replace the recorded ones; a
 * withdrawn meeting stays, marked, so that an explanation can say why it no longer counts.
 *
 * @param position the log position of the last event that shaped it (recorded, corrected or withdrawn)
 */
public record MeetingFacts(String meetingId, LocalDate heldOn, List<Theme> themes, boolean withdrawn,
                           String withdrawalReason, long position) {

    public MeetingFacts {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** Not withdrawn: a meeting that counts towards hours and goals. */
    public boolean counts() {
        return !withdrawn;
    }

    public boolean heldIn(int year) {
        return heldOn != null && heldOn.getYear() == year;
    }
}
