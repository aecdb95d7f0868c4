package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Ledelsesbeslutning påkrævet: the company's guidance at this house passed 20 hours within 12 months,
 * so management must explicitly decide, in this case, that the guidance does not distort competition
 * with private advisers (agreement §5.1).
 *
 * @param windowFrom first day of the 12-month window that passed 20 hours
 * @param windowTo   last day of that window (the date of the meeting that passed it)
 */
@EventRevision("1")
public record ManagementDecisionRequired(String ledgerId, House house, Cvr cvr, String requirementId,
                                         BigDecimal hoursInWindow, LocalDate windowFrom, LocalDate windowTo)
        implements GuidanceHoursEvent {
    public ManagementDecisionRequired {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(requirementId, "requirementId");
    }
}
