package dk.erhvervshuse.events.delivery;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Kendskabsmåling leveret: the Business Authority's survey of companies' awareness of one house for the
 * year (goal 2). Percentages 0–100.
 *
 * @param awareOfOffersPercent among the companies that know the house, the share that know its offers
 * @param revision             1 for the first delivery of the year, counting up with each restatement
 */
@EventRevision("1")
public record AwarenessSurveyDelivered(String deliveryStreamId, House house, int year, BigDecimal awareOfHousePercent,
                                       BigDecimal awareOfOffersPercent, int respondents, DeliveryStatus status,
                                       int revision, LocalDate deliveredOn)
        implements DeliveryEvent {
    public AwarenessSurveyDelivered {
        Objects.requireNonNull(deliveryStreamId, "deliveryStreamId");
    }

    public static String streamIdOf(House house, int year) {
        return "awareness:" + house.name() + ":" + year;
    }
}
