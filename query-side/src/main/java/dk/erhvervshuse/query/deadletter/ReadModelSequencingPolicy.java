package dk.erhvervshuse.query.deadletter;

import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Which events must be applied in log order relative to each other, for the query side's projections: those
 * that change the same read-model documents. An event parked as a dead letter holds back every later event of
 * its sequence, because each document takes only events after the last one applied to it (its position guard):
 * a later event applied first would make the parked one look old, and its retry would change nothing.
 * <ul>
 *     <li>Guidance case and hours events: the company ({@code company:CVR}). The case view, the company view
 *     and the dashboards' facts are per case or per company, and a company's cases share its documents (a CVR is
 *     never corrected: a case for the wrong company is closed and another opened).</li>
 *     <li>A company's accounts: the company too (its dashboard facts).</li>
 *     <li>Result contract events: the contract. Other deliveries: their delivery stream.</li>
 *     <li>Anything else: its aggregate, else the event itself.</li>
 * </ul>
 * An event whose payload cannot be read is sequenced by its aggregate, so that it can be parked at all.
 */
public class ReadModelSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload;
        try {
            payload = event.getPayload();
        } catch (RuntimeException unreadable) {
            return ofStream(event);
        }
        if (payload instanceof GuidanceCaseEvent caseEvent && caseEvent.cvr() != null) {
            return "company:" + caseEvent.cvr().value();
        }
        if (payload instanceof GuidanceHoursEvent hoursEvent && hoursEvent.cvr() != null) {
            return "company:" + hoursEvent.cvr().value();
        }
        if (payload instanceof CompanyAccountsDelivered accounts && accounts.cvr() != null) {
            return "company:" + accounts.cvr().value();
        }
        if (payload instanceof ResultContractEvent contract) {
            return "contract:" + contract.contractId();
        }
        if (payload instanceof DeliveryEvent delivery) {
            return "delivery:" + delivery.deliveryStreamId();
        }
        return ofStream(event);
    }

    private static String ofStream(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? "stream:" + domain.getAggregateIdentifier()
                : "event:" + event.getIdentifier();
    }
}
