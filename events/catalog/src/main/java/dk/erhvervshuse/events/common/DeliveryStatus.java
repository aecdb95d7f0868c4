package dk.erhvervshuse.events.common;

/** An external delivery is first preliminary, then final; a later delivery for the same period restates the earlier. */
public enum DeliveryStatus {
    PRELIMINARY,
    FINAL
}
