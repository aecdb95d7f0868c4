package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Deliver one company's accounts for one year, for the effect measurement of goal 5 (§8.1, §9): revenue
 * (omsætning) and gross profit (bruttofortjeneste) in DKK, full-time employees (årsværk). The CVR arrives as
 * typed and is checked by the command side. {@code deliveryStreamId} is {@code accounts:CVR:YEAR}; see
 * {@link #of}.
 */
public record DeliverCompanyAccounts(@TargetAggregateIdentifier String deliveryStreamId, String cvr, int year,
                                     BigDecimal revenue, BigDecimal fullTimeEmployees, BigDecimal grossProfit,
                                     DeliveryStatus status, LocalDate deliveredOn) {

    public static DeliverCompanyAccounts of(String cvr, int year, BigDecimal revenue, BigDecimal fullTimeEmployees,
                                            BigDecimal grossProfit, DeliveryStatus status, LocalDate deliveredOn) {
        String streamId = cvr == null ? null : CompanyAccountsDelivered.streamIdOf(new Cvr(cvr), year);
        return new DeliverCompanyAccounts(streamId, cvr, year, revenue, fullTimeEmployees, grossProfit, status,
                deliveredOn);
    }
}
