package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;

import java.time.LocalDate;

import static dk.erhvervshuse.command.input.InputGuards.invalid;

/**
 * How external data for one period is restated. Agreement §9 asks for data that are "pålidelige og
 * sammenlignelige" (reliable and comparable), and ERST reports the national goals from the last calendar year
 * and from effects two years after guidance (§8.1 goal 5, §9); the figures behind a goal arrive preliminary,
 * then final, and are sometimes corrected. Each delivery is kept, none overwritten.
 * <p>
 * Choices made here:
 * <ul>
 *     <li>The first delivery of a stream is revision 1; each later one restates the current one as its
 *     revision + 1.</li>
 *     <li>After a final delivery a preliminary one is refused: final figures are not replaced by preliminary
 *     ones. A final delivery may restate a final one (a corrected final).</li>
 *     <li>A delivery with the same figures and status as the current one is refused, whatever its delivery
 *     date, so that a retried command does not restate.</li>
 *     <li>A restatement is not dated before the delivery it restates, so revisions run in date order.</li>
 * </ul>
 */
public final class RestatementRule {

    private RestatementRule() {
    }

    /** The stream's current delivery, as far as restating it is concerned. */
    public record Current(DeliveryStatus status, int revision, LocalDate deliveredOn) {
    }

    /**
     * The revision of a new delivery.
     *
     * @param current     the stream's current delivery, or null before the first
     * @param sameFigures whether the new delivery's figures equal the current one's
     */
    public static int nextRevision(String deliveryStreamId, Current current, DeliveryStatus status,
                                   LocalDate deliveredOn, boolean sameFigures) {
        if (current == null) {
            return 1;
        }
        if (current.status() == DeliveryStatus.FINAL && status == DeliveryStatus.PRELIMINARY) {
            throw new StateConflict("status", "delivery.alreadyFinal", deliveryStreamId
                    + " has final figures (revision " + current.revision() + "); preliminary ones cannot replace them");
        }
        if (sameFigures && current.status() == status) {
            throw invalid(null, "delivery.noChange", "the delivery repeats revision " + current.revision() + " of "
                    + deliveryStreamId + ": same figures, same status");
        }
        if (deliveredOn.isBefore(current.deliveredOn())) {
            throw invalid("deliveredOn", "deliveredOn.beforePreviousDelivery", "deliveredOn " + deliveredOn
                    + " is before the delivery it would restate, revision " + current.revision() + " of "
                    + current.deliveredOn());
        }
        return current.revision() + 1;
    }
}
