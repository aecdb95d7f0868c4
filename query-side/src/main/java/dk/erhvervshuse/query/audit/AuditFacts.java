package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.query.guidance.GuidanceEventFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What supervision files an event under, for every family of the log: the house it concerns and its business
 * date (guidance events as {@link GuidanceEventFacts} tells; result contracts and the awareness survey by their
 * house and dates), and the event types the log knows.
 */
final class AuditFacts {

    /** The simple names of every event the log can hold, sorted: what an event-type filter may ask for. */
    static final Set<String> EVENT_TYPES = eventTypes();

    private AuditFacts() {
    }

    /** The house the event concerns; null for events of no one house (company accounts, control groups). */
    static String house(Object payload) {
        String guidance = GuidanceEventFacts.house(payload);
        if (guidance != null) {
            return guidance;
        } else if (payload instanceof ResultContractEvent contract && contract.house() != null) {
            return contract.house().name();
        } else if (payload instanceof AwarenessSurveyDelivered survey && survey.house() != null) {
            return survey.house().name();
        }
        return null;
    }

    static LocalDate businessDate(Object payload) {
        LocalDate guidance = GuidanceEventFacts.businessDate(payload);
        if (guidance != null) {
            return guidance;
        } else if (payload instanceof ResultContractProposed e) {
            return e.proposedOn();
        } else if (payload instanceof ResultContractSigned e) {
            return e.signedOn();
        } else if (payload instanceof ResultContractTookEffect e) {
            return e.effectiveOn();
        } else if (payload instanceof ResultContractAmended e) {
            return e.amendedOn();
        } else if (payload instanceof AwarenessSurveyDelivered e) {
            return e.deliveredOn();
        } else if (payload instanceof CompanyAccountsDelivered e) {
            return e.deliveredOn();
        } else if (payload instanceof ControlGroupGrowthDelivered e) {
            return e.deliveredOn();
        }
        return null;
    }

    private static Set<String> eventTypes() {
        Set<String> names = new TreeSet<>();
        Stream.of(GuidanceCaseEvent.class, GuidanceHoursEvent.class, ResultContractEvent.class, DeliveryEvent.class)
                .flatMap(family -> List.of(family.getPermittedSubclasses()).stream())
                .forEach(type -> names.add(type.getSimpleName()));
        return Set.copyOf(names);
    }
}
