package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;

import java.time.LocalDate;

/**
 * The external delivery a goal's value rests on (goal 2: the awareness survey; goal 5: the control group).
 *
 * @param source e.g. {@code awareness survey FYN 2025} or {@code control group GROWTH 2025}
 */
public record DeliveryBasis(String source, int revision, DeliveryStatus status, LocalDate deliveredOn) {

    public static DeliveryBasis of(String source, Delivered delivery) {
        return new DeliveryBasis(source, delivery.revision(), delivery.status(), delivery.deliveredOn());
    }

    public boolean preliminary() {
        return status == DeliveryStatus.PRELIMINARY;
    }

    /** Revision 2 or later: the figures restate an earlier delivery. */
    public boolean restated() {
        return revision > 1;
    }
}
