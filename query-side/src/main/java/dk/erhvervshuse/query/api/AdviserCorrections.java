package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * The corrections and withdrawals one user registered at a house in a year (§9: errors corrected, never silently
 * overwritten), with the cases they concern.
 *
 * @param userId the user who registered them (the correcting command's user)
 * @param role   the role they acted in
 */
public record AdviserCorrections(String userId, String role, int meetingCorrections, int meetingWithdrawals,
                                 int registrationCorrections, List<CorrectedCase> cases) {

    public AdviserCorrections {
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    public int total() {
        return meetingCorrections + meetingWithdrawals + registrationCorrections;
    }

    /** One case and what the user corrected in it. */
    public record CorrectedCase(String caseId, String cvr, int meetingCorrections, int meetingWithdrawals,
                                int registrationCorrections) {

        public int total() {
            return meetingCorrections + meetingWithdrawals + registrationCorrections;
        }
    }
}
