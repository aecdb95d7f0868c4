package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Deliver the Business Authority's awareness survey (kendskabsmåling, §9) of one house for one year, the
 * measure of goal 2 (§8.1). Percentages 0–100. A later delivery for the same house and year restates the
 * earlier. {@code deliveryStreamId} is {@code awareness:HOUSE:YEAR}; see {@link #of}.
 */
public record DeliverAwarenessSurvey(@TargetAggregateIdentifier String deliveryStreamId, House house, int year,
                                     BigDecimal awareOfHousePercent, BigDecimal awareOfOffersPercent,
                                     Integer respondents, DeliveryStatus status, LocalDate deliveredOn) {

    public static DeliverAwarenessSurvey of(House house, int year, BigDecimal awareOfHousePercent,
                                            BigDecimal awareOfOffersPercent, Integer respondents,
                                            DeliveryStatus status, LocalDate deliveredOn) {
        String streamId = house == null ? null : AwarenessSurveyDelivered.streamIdOf(house, year);
        return new DeliverAwarenessSurvey(streamId, house, year, awareOfHousePercent, awareOfOffersPercent,
                respondents, status, deliveredOn);
    }
}
