package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Deliver the growth of the control group of comparable companies of one segment over the two years ending
 * with {@code year}, against which goal 5 (§8.1) measures the guided companies' extra growth. Growth in
 * percent, each from -100 to 1000. {@code deliveryStreamId} is {@code control:SEGMENT:YEAR}; see {@link #of}.
 */
public record DeliverControlGroupGrowth(@TargetAggregateIdentifier String deliveryStreamId, Segment segment, int year,
                                        BigDecimal revenueGrowthPercent, BigDecimal employmentGrowthPercent,
                                        BigDecimal revenuePerEmployeeGrowthPercent,
                                        BigDecimal grossProfitPerEmployeeGrowthPercent, DeliveryStatus status,
                                        LocalDate deliveredOn) {

    public static DeliverControlGroupGrowth of(Segment segment, int year, BigDecimal revenueGrowthPercent,
                                               BigDecimal employmentGrowthPercent,
                                               BigDecimal revenuePerEmployeeGrowthPercent,
                                               BigDecimal grossProfitPerEmployeeGrowthPercent, DeliveryStatus status,
                                               LocalDate deliveredOn) {
        String streamId = segment == null ? null : ControlGroupGrowthDelivered.streamIdOf(segment, year);
        return new DeliverControlGroupGrowth(streamId, segment, year, revenueGrowthPercent, employmentGrowthPercent,
                revenuePerEmployeeGrowthPercent, grossProfitPerEmployeeGrowthPercent, status, deliveredOn);
    }
}
