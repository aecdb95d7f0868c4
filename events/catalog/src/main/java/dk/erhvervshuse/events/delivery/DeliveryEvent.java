package dk.erhvervshuse.events.delivery;

/** A delivery of external data for one period; each stream holds the successive deliveries of that period. */
public sealed interface DeliveryEvent permits AwarenessSurveyDelivered, CompanyAccountsDelivered,
        ControlGroupGrowthDelivered {

    /** The stream of deliveries for one subject and period, e.g. {@code awareness:FYN:2025}. */
    String deliveryStreamId();

    int year();
}
