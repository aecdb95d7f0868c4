package dk.erhvervshuse.query.rebuild;

import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.guidance.GuidanceEventFacts;
import dk.erhvervshuse.query.support.LogPosition;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which events a build takes in, by its {@link BuildBound}: all of them up to the position it stops at, and of
 * those, for a recording-time bound the ones recorded by then, for a business-date bound the ones that had
 * happened by then.
 */
final class EventAdmission {

    /** Business dates are Danish dates; an event naming none happened the day it was recorded, in Denmark. */
    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final BuildBound bound;
    private final long stopsAt;

    /** @param stopsAt the last position taken in; {@link Long#MAX_VALUE} for a build that follows the log */
    EventAdmission(BuildBound bound, long stopsAt) {
        this.bound = bound;
        this.stopsAt = stopsAt;
    }

    boolean admits(TrackedEventMessage<?> message) {
        if (LogPosition.of(message.trackingToken()) > stopsAt) {
            return false;
        }
        if (bound.recordedUpTo() != null) {
            return !message.getTimestamp().isAfter(bound.recordedUpTo());
        }
        if (bound.happenedBy() != null) {
            Object event = message.getPayload();
            if (isCorrection(event)) {
                return true;
            }
            LocalDate happened = businessDate(event);
            if (happened == null) {
                happened = LocalDate.ofInstant(message.getTimestamp(), DENMARK);
            }
            return !happened.isAfter(bound.happenedBy());
        }
        return true;
    }

    /** A correction or withdrawal says what really happened, whenever it was recorded. */
    static boolean isCorrection(Object event) {
        return event instanceof GuidanceMeetingCorrected || event instanceof GuidanceMeetingWithdrawn
                || event instanceof CaseRegistrationCorrected;
    }

    /** The day an event happened in the business; null where it names none. */
    static LocalDate businessDate(Object event) {
        if (event instanceof ResultContractProposed e) {
            return e.proposedOn();
        } else if (event instanceof ResultContractSigned e) {
            return e.signedOn();
        } else if (event instanceof ResultContractTookEffect e) {
            return e.effectiveOn();
        } else if (event instanceof ResultContractAmended e) {
            return e.amendedOn();
        } else if (event instanceof AwarenessSurveyDelivered e) {
            return e.deliveredOn();
        } else if (event instanceof CompanyAccountsDelivered e) {
            return e.deliveredOn();
        } else if (event instanceof ControlGroupGrowthDelivered e) {
            return e.deliveredOn();
        }
        return GuidanceEventFacts.businessDate(event);
    }
}
