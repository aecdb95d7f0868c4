package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Vejledningstimer talt: a meeting's hours as they now stand (recorded, corrected, or 0 when
 * withdrawn) were counted into the company's ledger at this house. Counting the same meeting again
 * replaces its hours, so a repeated count changes nothing.
 */
@EventRevision("1")
public record GuidanceHoursCounted(String ledgerId, House house, Cvr cvr, String caseId, String meetingId,
                                   BigDecimal hours, LocalDate heldOn)
        implements GuidanceHoursEvent {
    public GuidanceHoursCounted {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
