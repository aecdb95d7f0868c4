package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One delivery of a company's accounts (regnskabstal) for one year: revenue, full-time employees, gross profit. */
public record AccountsFacts(int year, BigDecimal revenue, BigDecimal fullTimeEmployees, BigDecimal grossProfit,
                            DeliveryStatus status, int revision, LocalDate deliveredOn, long position)
        implements Delivered {
}
