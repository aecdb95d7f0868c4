package dk.erhvervshuse.graphql.delivery;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.api.DashboardView;

import java.time.Instant;

/** The answers of the delivery mutations: each names its delivery stream and what it concerns. */
final class DeliveryPayloads {

    private DeliveryPayloads() {
    }

    /** @param dashboard the house's dashboard when the answer was written, read only when the client asked for it */
    record AwarenessSurveyDeliveryPayload(String deliveryStreamId, House house, int year, String commandId,
                                          Instant acceptedAt, DashboardView dashboard) {
    }

    record CompanyAccountsDeliveryPayload(String deliveryStreamId, String cvr, int year, String commandId,
                                          Instant acceptedAt) {
    }

    record ControlGroupGrowthDeliveryPayload(String deliveryStreamId, Segment segment, int year, String commandId,
                                             Instant acceptedAt) {
    }
}
