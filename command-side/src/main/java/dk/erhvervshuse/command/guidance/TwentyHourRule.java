package dk.erhvervshuse.command.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 20-hour rule of agreement §5.1: "ledelsen [skal] i alle tilfælde, hvor vejledningen overstiger 20 timers
 * vejledning pr. virksomhed over en periode på 12 måneder, have taget eksplicit stilling, i det konkrete
 * tilfælde, til, at den specialiserede vejledning i intensitet og karakter ikke er konkurrenceforvridende i
 * forhold til private rådgivningsydelser" — where guidance of one company exceeds 20 hours within 12 months,
 * house management must explicitly decide, in that case, that it does not distort competition with private
 * advisers.
 * <p>
 * Choices made here:
 * <ul>
 *     <li>Per company per house, across all its cases: the agreement counts hours "pr. virksomhed", and each
 *     house is its own legal entity with its own management.</li>
 *     <li>"Within 12 months" is every rolling window, not the calendar year: for every date {@code d} on which
 *     a counting meeting was held, the window is {@code (d − 12 months, d]}, i.e. from
 *     {@code d − 12 months + 1 day} through {@code d}, both inclusive. Meetings exactly 12 months apart do not
 *     share a window.</li>
 *     <li>"Exceeds" is strict: 20.00 hours in a window needs no decision, 20.01 does.</li>
 *     <li>Hours are the meetings as they now stand: corrected hours and dates replace the recorded ones,
 *     withdrawn meetings count 0.</li>
 *     <li>A decision covers twelve months of continued guidance: a requirement covers window end dates from
 *     its {@code windowFrom} through {@code windowTo + 12 months − 1 day}. Management takes its stance on a
 *     company's course of guidance, not on every further meeting; once that year has passed, a window that
 *     again exceeds 20 hours is a new case ("det konkrete tilfælde") needing a new decision. Without this,
 *     every meeting of a company guided steadily above 20 hours would raise yet another requirement.</li>
 *     <li>A requirement once raised stays, pending or decided, even if a later correction or withdrawal
 *     brings the window back to 20 hours or less: the registrations did pass 20 hours, and management's
 *     answer (or its absence) is what supervision (§10.2) will ask about.</li>
 * </ul>
 */
public final class TwentyHourRule {

    /** Twenty hours; the rule needs strictly more. */
    public static final BigDecimal LIMIT_HOURS = new BigDecimal("20.00");
    public static final int WINDOW_MONTHS = 12;

    private TwentyHourRule() {
    }

    /** One meeting's hours as counted in the ledger. */
    public record CountedHours(LocalDate heldOn, BigDecimal hours) {
    }

    /**
     * A 12-month window, {@code from} through {@code to} inclusive, and the hours held in it; for a raised
     * requirement, the window it was raised for.
     */
    public record Window(LocalDate from, LocalDate to, BigDecimal hours) {

        /** Whether a window ending on {@code end} is covered by the requirement raised for this window. */
        public boolean covers(LocalDate end) {
            LocalDate lastCovered = to.plusMonths(WINDOW_MONTHS).minusDays(1);
            return !end.isBefore(from) && !end.isAfter(lastCovered);
        }
    }

    /** The first day of the 12-month window that ends on {@code end}. */
    public static LocalDate windowFromFor(LocalDate end) {
        return end.minusMonths(WINDOW_MONTHS).plusDays(1);
    }

    /**
     * The earliest window, ending on a meeting date, that holds more than 20 hours and that no raised
     * requirement covers; empty when management has nothing new to decide.
     *
     * @param counted the ledger's meetings, withdrawn ones with 0 hours
     * @param raised  the windows of the requirements already raised, pending or decided
     */
    public static Optional<Window> firstUncoveredBreach(Collection<CountedHours> counted, Collection<Window> raised) {
        TreeMap<LocalDate, BigDecimal> hoursByDate = new TreeMap<>();
        for (CountedHours meeting : counted) {
            if (meeting.hours().signum() > 0) {
                hoursByDate.merge(meeting.heldOn(), meeting.hours(), BigDecimal::add);
            }
        }
        for (LocalDate end : hoursByDate.keySet()) {
            LocalDate from = windowFromFor(end);
            BigDecimal hours = hoursByDate.subMap(from, true, end, true).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hours.compareTo(LIMIT_HOURS) > 0 && raised.stream().noneMatch(window -> window.covers(end))) {
                return Optional.of(new Window(from, end, hours.setScale(2, RoundingMode.UNNECESSARY)));
            }
        }
        return Optional.empty();
    }
}
