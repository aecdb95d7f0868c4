package dk.erhvervshuse.ops.processes;

/** Companies for tests that drive the registry through its API. */
public final class TestCompanies {

    private TestCompanies() {
    }

    /** A CVR number passing the modulus-11 check, the {@code n}th from a base. */
    public static String cvr(int n) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        int found = -1;
        for (int candidate = 40000000; ; candidate++) {
            String digits = String.valueOf(candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            if (sum % 11 == 0 && ++found == n) {
                return digits;
            }
        }
    }
}
