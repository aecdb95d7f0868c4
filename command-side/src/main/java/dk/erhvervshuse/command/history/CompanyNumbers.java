package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.Cvr;

/**
 * Valid, distinct CVR and P-numbers without remembering the ones handed out: the n-th number is an affine
 * permutation of n over the 7-digit (CVR body) or 10-digit (P-number) range, so no two n give the same
 * number. A CVR body whose modulus-11 check digit would be 10 has no valid CVR and is skipped.
 */
final class CompanyNumbers {

    private static final long CVR_BODIES = 9_000_000L;
    private static final long CVR_FIRST_BODY = 1_000_000L;
    private static final long P_NUMBERS = 9_000_000_000L;
    private static final long P_FIRST = 1_000_000_000L;
    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private final long cvrMultiplier;
    private final long cvrOffset;
    private final long pMultiplier;
    private final long pOffset;
    private long cvrsIssued;
    private long pNumbersIssued;

    CompanyNumbers(long seed) {
        Draw draw = Draw.of(seed, "company-numbers");
        // Both ranges are 9 × 10^k = 2^a 3^2 5^b: a multiplier prime to 2, 3 and 5 makes the map a permutation.
        this.cvrMultiplier = coprimeTo30(draw.between(1_000_003L, CVR_BODIES - 1));
        this.cvrOffset = draw.between(0L, CVR_BODIES - 1);
        this.pMultiplier = coprimeTo30(draw.between(1_000_000_007L, P_NUMBERS - 1));
        this.pOffset = draw.between(0L, P_NUMBERS - 1);
    }

    String nextCvr() {
        while (true) {
            long n = cvrsIssued++;
            if (n >= CVR_BODIES) {
                throw new IllegalStateException("all CVR numbers are used");
            }
            long body = CVR_FIRST_BODY + Math.floorMod(cvrMultiplier * n + cvrOffset, CVR_BODIES);
            String digits = Long.toString(body);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * CVR_WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                String cvr = digits + check;
                assert Cvr.isValid(cvr);
                return cvr;
            }
        }
    }

    String nextPNumber() {
        long n = pNumbersIssued++;
        // multiplier < 9e9 and n < 1e9 keep the product below 2^63
        return Long.toString(P_FIRST + Math.floorMod(pMultiplier * n + pOffset, P_NUMBERS));
    }

    private static long coprimeTo30(long candidate) {
        long n = candidate;
        while (n % 2 == 0 || n % 3 == 0 || n % 5 == 0) {
            n--;
        }
        return n;
    }
}
