package dk.erhvervshuse.events.delivery;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Kontrolgruppe leveret: the growth of a control group of comparable companies of one segment over the
 * two years ending with {@code year} (goal 5, §8.1), in percent: revenue, employment, revenue per
 * full-time employee and gross profit per full-time employee.
 */
@EventRevision("1")
public record ControlGroupGrowthDelivered(String deliveryStreamId, Segment segment, int year,
                                          BigDecimal revenueGrowthPercent, BigDecimal employmentGrowthPercent,
                                          BigDecimal revenuePerEmployeeGrowthPercent,
                                          BigDecimal grossProfitPerEmployeeGrowthPercent, DeliveryStatus status,
                                          int revision, LocalDate deliveredOn)
        implements DeliveryEvent {
    public ControlGroupGrowthDelivered {
        Objects.requireNonNull(deliveryStreamId, "deliveryStreamId");
    }

    public static String streamIdOf(Segment segment, int year) {
        return "control:" + segment.name() + ":" + year;
    }
}
