package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A house's result contract (resultatkontrakt, §8.2) with KKR for a year: its current terms, its status,
 * the signatures of the two chairs, and its whole history.
 *
 * @param contractId  {@code HOUSE:YEAR}
 * @param status      DRAFT (udkast), PARTLY_SIGNED (underskrevet af én part) or IN_FORCE (i kraft)
 * @param goals       the current terms: the draft's goals, or the goals in force as last amended
 * @param signatures  the signatures given to the current terms (a new proposal voids earlier ones)
 * @param effectiveOn when both chairs had signed; null until then
 * @param history     every proposal, signature, taking effect and amendment, in the order recorded
 */
public record ResultContractView(String contractId, String house, int year, String status, List<Goal> goals,
                                 LocalDate proposedOn, List<Signature> signatures, LocalDate effectiveOn,
                                 List<HistoryEntry> history) {

    /**
     * A goal of the contract.
     *
     * @param goalId     a national goal's id (e.g. {@code goal1}) or {@code local.<name>}
     * @param measure    for a local goal, what is measured; null for a national goal
     * @param comparison AT_LEAST, GREATER_THAN or AT_MOST
     */
    public record Goal(String goalId, String title, String measure, String unit, String comparison,
                       BigDecimal target) {
    }

    /** @param party KKR_CHAIR (formanden for KKR) or BOARD_CHAIR (bestyrelsesformanden) */
    public record Signature(String party, String signatoryId, LocalDate signedOn) {
    }

    /**
     * One step of the contract's life.
     *
     * @param kind     PROPOSED, SIGNED, TOOK_EFFECT or AMENDED
     * @param on       the business date: proposed, signed, effective or amended on
     * @param party    for a signature: the party
     * @param reason   for an amendment: why
     * @param agreedBy for an amendment: the two chairs who agreed to it
     * @param goals    for a proposal or amendment: the goals it set
     * @param position the event's place in the log (for its audit trail)
     */
    public record HistoryEntry(String kind, LocalDate on, String party, String signatoryId, String reason,
                               List<String> agreedBy, List<Goal> goals, long position) {
    }
}
