package dk.erhvervshuse.events.store.verify;

import java.util.Optional;

/**
 * The answer of a verification of the hash chain (§9 reliable registrations, §10.2 supervision).
 *
 * @param verified           the positions checked are intact and agree with every checkpoint passed
 * @param from               first position checked: right after the anchor (at or before the position asked for)
 * @param to                 last position found intact (before the break, if there is one)
 * @param commitsChecked     commits whose hash was recomputed and found right
 * @param eventsChecked      events in those commits
 * @param checkpointsChecked daily checkpoints passed and found to agree with the log
 * @param headHash           the hash of the chain at {@code to}: keep it to compare with a later verification
 * @param firstBreak         where the log first differs from what was recorded; null when verified
 */
public record ChainVerification(boolean verified, VerificationRequest request, long from, long to,
                                long commitsChecked, long eventsChecked, long checkpointsChecked,
                                String headHash, ChainBreak firstBreak) {

    public Anchor anchor() {
        return request.anchor();
    }

    public Optional<ChainBreak> breakIfAny() {
        return Optional.ofNullable(firstBreak);
    }
}
