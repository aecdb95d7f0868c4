package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One delivery of a control group's growth (kontrolgruppe) for a segment over the two years ending with {@code year}. */
public record ControlGroupDelivery(Segment segment, int year, BigDecimal revenueGrowthPercent,
                                   BigDecimal employmentGrowthPercent, BigDecimal revenuePerEmployeeGrowthPercent,
                                   BigDecimal grossProfitPerEmployeeGrowthPercent, DeliveryStatus status,
                                   int revision, LocalDate deliveredOn, long position) implements Delivered {
}
