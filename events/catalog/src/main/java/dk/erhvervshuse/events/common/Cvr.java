package dk.erhvervshuse.events.common;

import java.util.Objects;

/**
 * CVR number (Det Centrale Virksomhedsregister): the company's 8-digit register number, the key of
 * the registration minimum of agreement §9.
 */
public record Cvr(String value) implements SingleValue {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        Objects.requireNonNull(value, "cvr");
    }

    /** Eight digits, first digit not 0, and the modulus-11 check: the weighted digit sum divisible by 11. */
    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("[1-9][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
