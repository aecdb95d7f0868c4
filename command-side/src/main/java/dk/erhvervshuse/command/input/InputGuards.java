package dk.erhvervshuse.command.input;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.PNumber;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Checks of a command's input on its own, shared by every feature of the command side, each naming the
 * field at fault and a stable rule code ({@code field.rule}) that callers may show or translate.
 * State-dependent checks live in the aggregates. Every guard throws {@link InvalidInput} before anything
 * is applied.
 */
public final class InputGuards {

    /** Business dates are Danish dates: "today" is today in Copenhagen, whatever the server's zone. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_FREE_TEXT_LENGTH = 1000;
    public static final int MAX_NAME_LENGTH = 200;

    private InputGuards() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    public static InvalidInput invalid(String field, String rule, String message) {
        return new InvalidInput(field, rule, message);
    }

    public static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw invalid(field, field + ".required", field + " is required");
        }
        return value;
    }

    /** An id from the edge: non-blank, single-line, at most 100 characters. */
    public static String requireId(String field, String value) {
        requireNonBlank(field, value);
        requireMaxLength(field, value, MAX_ID_LENGTH);
        requireNoControlCharacters(field, value, false);
        return value;
    }

    /** Free text such as a reason or a justification: line breaks and tabs are allowed, other control characters are not. */
    public static String requireFreeText(String field, String value) {
        requireNonBlank(field, value);
        requireMaxLength(field, value, MAX_FREE_TEXT_LENGTH);
        requireNoControlCharacters(field, value, true);
        return value;
    }

    /** A name (of a person, a firm, a goal or a unit): single-line, at most 200 characters. */
    public static String requireName(String field, String value) {
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
    public static Cvr requireCvr(String value) {
        requirePresent("cvr", value);
        if (!Cvr.isValid(value)) {
            if (value.matches("[1-9][0-9]{7}")) {
                throw invalid("cvr", "cvr.modulus11", "cvr " + value + " fails the modulus-11 check");
            }
            throw invalid("cvr", "cvr.format", "cvr " + value + " is not 8 digits starting with 1-9");
        }
        return new Cvr(value);
    }

    public static PNumber requirePNumber(String value) {
        requirePresent("pNumber", value);
        if (!PNumber.isValid(value)) {
            throw invalid("pNumber", "pNumber.format", "pNumber " + value + " is not 10 digits starting with 1-9");
        }
        return new PNumber(value);
    }

    public static LocalDate requireNotInFuture(String field, LocalDate date, LocalDate today) {
        requirePresent(field, date);
        if (date.isAfter(today)) {
            throw invalid(field, field + ".inFuture", field + " " + date + " is after today, " + today);
        }
        return date;
    }

    /** A number from {@code min} through {@code max}, both inclusive; outside it, {@code field.range}. */
    public static BigDecimal requireBetween(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        requirePresent(field, value);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw invalid(field, field + ".range", field + " " + value.toPlainString() + " is not within "
                    + min.toPlainString() + " to " + max.toPlainString());
        }
        return value;
    }

    /** At most {@code scale} decimals, trailing zeros not counted; more is {@code field.precision}. */
    public static BigDecimal requireMaxDecimals(String field, BigDecimal value, int scale) {
        if (value.stripTrailingZeros().scale() > scale) {
            throw invalid(field, field + ".precision",
                    field + " " + value.toPlainString() + " has more than " + scale + " decimals");
        }
        return value;
    }
}
