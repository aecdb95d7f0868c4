package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Ledelsesbeslutning truffet: house management took the explicit stance of §5.1 on a pending
 * requirement. The manager is referred to by id.
 *
 * @param continueGuidance true: the guidance does not distort competition and may continue;
 *                         false: the company is to be referred to private advice instead
 */
@EventRevision("1")
public record ManagementDecisionRecorded(String ledgerId, House house, Cvr cvr, String requirementId,
                                         String decidedBy, boolean continueGuidance, String justification,
                                         LocalDate decidedOn)
        implements GuidanceHoursEvent {
    public ManagementDecisionRecorded {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(requirementId, "requirementId");
    }
}
