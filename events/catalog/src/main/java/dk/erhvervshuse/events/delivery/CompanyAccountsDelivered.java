package dk.erhvervshuse.events.delivery;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.EventRevision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Regnskabstal leveret: one company's figures for one year, for the effect measurement of goal 5 (§8.1):
 * revenue (omsætning), full-time employees (årsværk) and gross profit (bruttofortjeneste), in DKK.
 */
@EventRevision("1")
public record CompanyAccountsDelivered(String deliveryStreamId, Cvr cvr, int year, BigDecimal revenue,
                                       BigDecimal fullTimeEmployees, BigDecimal grossProfit, DeliveryStatus status,
                                       int revision, LocalDate deliveredOn)
        implements DeliveryEvent {
    public CompanyAccountsDelivered {
        Objects.requireNonNull(deliveryStreamId, "deliveryStreamId");
    }

    public static String streamIdOf(Cvr cvr, int year) {
        return "accounts:" + cvr.value() + ":" + year;
    }
}
