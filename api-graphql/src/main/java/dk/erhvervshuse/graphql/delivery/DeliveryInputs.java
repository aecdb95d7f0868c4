package dk.erhvervshuse.graphql.delivery;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The input types of the delivery mutations (delivery.graphqls), bound by Spring for GraphQL. */
final class DeliveryInputs {

    private DeliveryInputs() {
    }

    record DeliverAwarenessSurveyInput(House house, int year, BigDecimal awareOfHousePercent,
                                       BigDecimal awareOfOffersPercent, Integer respondents, DeliveryStatus status,
                                       LocalDate deliveredOn) {
    }

    record DeliverCompanyAccountsInput(String cvr, int year, BigDecimal revenue, BigDecimal fullTimeEmployees,
                                       BigDecimal grossProfit, DeliveryStatus status, LocalDate deliveredOn) {
    }

    record DeliverControlGroupGrowthInput(Segment segment, int year, BigDecimal revenueGrowthPercent,
                                          BigDecimal employmentGrowthPercent,
                                          BigDecimal revenuePerEmployeeGrowthPercent,
                                          BigDecimal grossProfitPerEmployeeGrowthPercent, DeliveryStatus status,
                                          LocalDate deliveredOn) {
    }
}
