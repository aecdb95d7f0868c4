package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One delivery of the Business Authority's awareness survey (kendskabsmåling) of a house for a year (goal 2). */
public record SurveyDelivery(House house, int year, BigDecimal awareOfHousePercent, BigDecimal awareOfOffersPercent,
                             int respondents, DeliveryStatus status, int revision, LocalDate deliveredOn,
                             long position) implements Delivered {
}
