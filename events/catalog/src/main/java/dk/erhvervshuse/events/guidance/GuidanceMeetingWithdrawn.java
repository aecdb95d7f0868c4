package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.util.Objects;

/**
 * Vejledningsmøde trukket tilbage: a recorded meeting should never have been registered (a duplicate,
 * the wrong company). It no longer counts towards hours or goals; it stays in the log.
 */
@EventRevision("1")
public record GuidanceMeetingWithdrawn(String caseId, House house, Cvr cvr, String meetingId, String reason)
        implements GuidanceCaseEvent {
    public GuidanceMeetingWithdrawn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
