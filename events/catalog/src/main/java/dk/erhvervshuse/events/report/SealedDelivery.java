package dk.erhvervshuse.events.report;

import dk.erhvervshuse.events.common.DeliveryStatus;

import java.time.LocalDate;

/**
 * The external delivery (§9) a sealed value rested on: e.g. "awareness survey FYN 2025" in its revision 2, final.
 * A later restatement of the delivery shows in the report's restatement against this.
 */
public record SealedDelivery(String source, int revision, DeliveryStatus status, LocalDate deliveredOn,
                             boolean preliminary, boolean restated) {
}
