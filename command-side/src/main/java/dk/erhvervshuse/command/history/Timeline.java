package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.House;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The commands of one subject (a case, a contract, a delivery stream) with their recording times, cut at
 * {@code until}. A command that depends on another is recorded after it ({@link #after}); a command recorded
 * after {@code until} is left out, and so is everything recorded after it.
 */
final class Timeline {

    private final LocalDate until;
    private final List<ScriptedCommand> commands = new ArrayList<>();

    Timeline(LocalDate until) {
        this.until = until;
    }

    /**
     * Adds a command recorded at {@code recordedAt}, or nothing when that is after {@code until}.
     *
     * @param businessDate the date the command is about; null for the day of recording
     * @return the command as scripted, or null when it was cut
     */
    ScriptedCommand add(Instant recordedAt, LocalDate businessDate, Object command, String userId, String role,
                        House userHouse) {
        if (recordedAt == null) {
            return null;
        }
        LocalDate recordedOn = BusinessCalendar.dateOf(recordedAt);
        if (recordedOn.isAfter(until)) {
            return null;
        }
        LocalDate date = businessDate != null ? businessDate : recordedOn;
        if (date.isAfter(recordedOn)) {
            throw new IllegalStateException("business date " + date + " after recording " + recordedAt + ": " + command);
        }
        ScriptedCommand scripted = new ScriptedCommand(recordedAt, date, command, userId, role, userHouse);
        commands.add(scripted);
        return scripted;
    }

    /** The commands in recording order; equal times keep the order they were added in. */
    List<ScriptedCommand> inOrder() {
        List<ScriptedCommand> ordered = new ArrayList<>(commands);
        ordered.sort(Comparator.comparing(ScriptedCommand::recordedAt));
        return ordered;
    }

    Instant latest() {
        return commands.stream().map(ScriptedCommand::recordedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    // ---- recording times

    /**
     * When a user registers something that happened on {@code businessDate}: mostly the same day, sometimes a
     * day or a few days later, never before {@code notBefore} (what it depends on).
     */
    static Instant registered(Draw draw, LocalDate businessDate, Instant notBefore) {
        int lag = switch (draw.weighted(75, 15, 10)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> draw.between(2, 5);
        };
        return after(draw, BusinessCalendar.plusBusinessDays(businessDate, lag), notBefore);
    }

    /**
     * A moment in office hours on {@code day} (or the next business day), strictly after {@code notBefore}
     * when given: a few minutes after it if the day is the same, rolling over to the next morning at 16:00.
     */
    static Instant after(Draw draw, LocalDate day, Instant notBefore) {
        Instant at = BusinessCalendar.at(BusinessCalendar.onOrAfter(day), draw.between(0, BusinessCalendar.OPEN_SECONDS - 1));
        if (notBefore != null && !at.isAfter(notBefore)) {
            at = notBefore.plusSeconds(draw.between(60, 1800));
            if (!BusinessCalendar.withinOfficeHours(at)) {
                LocalDate next = BusinessCalendar.plusBusinessDays(BusinessCalendar.dateOf(notBefore), 1);
                at = BusinessCalendar.at(next, draw.between(0, 3599));
            }
        }
        return at;
    }
}
