package dk.erhvervshuse.events.common;

import java.util.Objects;

/** P-number (produktionsenhedsnummer): the 10-digit number of the company's production unit (§9). */
public record PNumber(String value) implements SingleValue {

    public PNumber {
        Objects.requireNonNull(value, "pNumber");
    }

    /** Ten digits, not starting with 0. */
    public static boolean isValid(String candidate) {
        return candidate != null && candidate.matches("[1-9][0-9]{9}");
    }

    @Override
    public String toString() {
        return value;
    }
}
