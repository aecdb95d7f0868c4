package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.Theme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks of a command's input on its own, each naming the field at fault and a stable rule code
 * ({@code field.rule}) that callers may show or translate. State-dependent checks live in the
 * aggregates. Every guard throws {@link InvalidInput} before anything is applied.
 */
final class InputGuards {

    /** Business dates are Danish dates: "today" is today in Copenhagen, whatever the server's zone. */
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** First day of the agreement period 2024–2027; guidance before it belongs to the previous framework. */
    static final LocalDate AGREEMENT_START = LocalDate.of(2024, 1, 1);

    /** An earlier founding date is taken to be a typing error rather than a company's real age. */
    static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1850, 1, 1);

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_FREE_TEXT_LENGTH = 1000;
    static final int MAX_NAME_LENGTH = 200;

    /** One meeting cannot take more than a day; hours are registered to the hundredth (0.25 h = 15 min). */
    static final BigDecimal MAX_MEETING_HOURS = new BigDecimal("24");
    static final int HOURS_SCALE = 2;

    private InputGuards() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    static InvalidInput invalid(String field, String rule, String message) {
        return new InvalidInput(field, rule, message);
    }

    static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw invalid(field, field + ".required", field + " is required");
        }
        return value;
    }

    /** An id from the edge: non-blank, single-line, at most 100 characters. */
    static String requireId(String field, String value) {
        requireNonBlank(field, value);
        requireMaxLength(field, value, MAX_ID_LENGTH);
        requireNoControlCharacters(field, value, false);
        return value;
    }

    /** Free text such as a reason or a justification: line breaks and tabs are allowed, other control characters are not. */
    static String requireFreeText(String field, String value) {
        requireNonBlank(field, value);
        requireMaxLength(field, value, MAX_FREE_TEXT_LENGTH);
        requireNoControlCharacters(field, value, true);
        return value;
    }

    /** A name (of a person or firm): single-line, at most 200 characters. */
    static String requireName(String field, String value) {
        requireNonBlank(field, value);
        requireMaxLength(field, value, MAX_NAME_LENGTH);
        requireNoControlCharacters(field, value, false);
        return value;
    }

    private static void requireNonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + ".required", field + " is required and must not be blank");
        }
    }

    private static void requireMaxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw invalid(field, field + ".tooLong",
                    field + " has " + value.length() + " characters; at most " + max + " are allowed");
        }
    }

    private static void requireNoControlCharacters(String field, String value, boolean allowLineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
                throw invalid(field, field + ".controlCharacters",
                        field + " contains the control character U+" + String.format("%04X", (int) c));
            }
        }
    }

    /** Eight digits passing the modulus-11 check ({@link Cvr#isValid}); the rule tells a typo in length from a failed check. */
    static Cvr requireCvr(String value) {
        requirePresent("cvr", value);
        if (!Cvr.isValid(value)) {
            if (value.matches("[1-9][0-9]{7}")) {
                throw invalid("cvr", "cvr.modulus11", "cvr " + value + " fails the modulus-11 check");
            }
            throw invalid("cvr", "cvr.format", "cvr " + value + " is not 8 digits starting with 1-9");
        }
        return new Cvr(value);
    }

    static PNumber requirePNumber(String value) {
        requirePresent("pNumber", value);
        if (!PNumber.isValid(value)) {
            throw invalid("pNumber", "pNumber.format", "pNumber " + value + " is not 10 digits starting with 1-9");
        }
        return new PNumber(value);
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

    static LocalDate requireNotInFuture(String field, LocalDate date, LocalDate today) {
        requirePresent(field, date);
        if (date.isAfter(today)) {
            throw invalid(field, field + ".inFuture", field + " " + date + " is after today, " + today);
        }
        return date;
    }

    static LocalDate requireFoundedOn(LocalDate foundedOn, LocalDate today) {
        requireNotInFuture("foundedOn", foundedOn, today);
        if (foundedOn.isBefore(EARLIEST_FOUNDING)) {
            throw invalid("foundedOn", "foundedOn.tooEarly", "foundedOn " + foundedOn + " is before " + EARLIEST_FOUNDING);
        }
        return foundedOn;
    }
}
