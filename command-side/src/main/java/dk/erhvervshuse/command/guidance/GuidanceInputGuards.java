package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.events.common.Theme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;

/**
 * Checks of a guidance command's input on its own that only guidance needs: themes, meeting hours and
 * founding dates. The checks every feature shares are in {@link dk.erhvervshuse.command.input.InputGuards}.
 */
final class GuidanceInputGuards {

    /** First day of the agreement period 2024–2027; guidance before it belongs to the previous framework. */
    static final LocalDate AGREEMENT_START = LocalDate.of(2024, 1, 1);

    /** An earlier founding date is taken to be a typing error rather than a company's real age. */
    static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1850, 1, 1);

    /** One meeting cannot take more than a day; hours are registered to the hundredth (0.25 h = 15 min). */
    static final BigDecimal MAX_MEETING_HOURS = new BigDecimal("24");
    static final int HOURS_SCALE = 2;

    private GuidanceInputGuards() {
    }

    /** At least one theme (a theme of guidance is part of the registration minimum, §9), none twice. */
    static List<Theme> requireThemes(List<Theme> themes) {
        if (themes == null || themes.isEmpty()) {
            throw invalid("themes", "themes.required", "at least one theme is required");
        }
        Set<Theme> seen = EnumSet.noneOf(Theme.class);
        for (Theme theme : themes) {
            if (theme == null) {
                throw invalid("themes", "themes.required", "themes must not contain an empty entry");
            }
            if (!seen.add(theme)) {
                throw invalid("themes", "themes.duplicate", "theme " + theme + " is given more than once");
            }
        }
        return List.copyOf(themes);
    }

    /** Hours of one meeting: more than 0, at most 24, at most two decimals; returned with exactly two. */
    static BigDecimal requireMeetingHours(BigDecimal hours) {
        requirePresent("hours", hours);
        if (hours.signum() <= 0 || hours.compareTo(MAX_MEETING_HOURS) > 0) {
            throw invalid("hours", "hours.range", "hours " + hours.toPlainString() + " must be more than 0 and at most 24");
        }
        if (hours.stripTrailingZeros().scale() > HOURS_SCALE) {
            throw invalid("hours", "hours.precision", "hours " + hours.toPlainString() + " has more than 2 decimals");
        }
        return hours.setScale(HOURS_SCALE, RoundingMode.UNNECESSARY);
    }

    static LocalDate requireFoundedOn(LocalDate foundedOn, LocalDate today) {
        requireNotInFuture("foundedOn", foundedOn, today);
        if (foundedOn.isBefore(EARLIEST_FOUNDING)) {
            throw invalid("foundedOn", "foundedOn.tooEarly", "foundedOn " + foundedOn + " is before " + EARLIEST_FOUNDING);
        }
        return foundedOn;
    }
}
