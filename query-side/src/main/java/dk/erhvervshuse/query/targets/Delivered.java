package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A delivery of external data for a period. A later delivery for the same period restates the earlier:
 * the one that counts is the highest revision, and of equal revisions the one recorded last.
 */
public interface Delivered {

    DeliveryStatus status();

    int revision();

    LocalDate deliveredOn();

    long position();

    Comparator<Delivered> IN_ORDER_OF_REVISION =
            Comparator.comparingInt(Delivered::revision).thenComparingLong(Delivered::position);

    /** Revision 2 or later: the figures restate an earlier delivery. */
    default boolean restated() {
        return revision() > 1;
    }

    default boolean preliminary() {
        return status() == DeliveryStatus.PRELIMINARY;
    }

    static <T extends Delivered> Optional<T> latest(Collection<T> deliveries) {
        return deliveries.stream().max(IN_ORDER_OF_REVISION);
    }
}
