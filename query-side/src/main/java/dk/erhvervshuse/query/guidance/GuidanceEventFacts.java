package dk.erhvervshuse.query.guidance;

import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What every guidance event tells a reader beside its own fields: the business date it concerns, the
 * stream it belongs to, and one line describing it. Events of other families tell nothing here.
 */
public final class GuidanceEventFacts {

    private GuidanceEventFacts() {
    }

    /** The day it happened in the business, as opposed to when it was recorded; null where the event names none. */
    public static LocalDate businessDate(Object event) {
        if (event instanceof GuidanceCaseOpened e) {
            return e.openedOn();
        } else if (event instanceof GuidanceMeetingRecorded e) {
            return e.heldOn();
        } else if (event instanceof GuidanceMeetingCorrected e) {
            return e.heldOn();
        } else if (event instanceof CaseSelectedForUserEvaluation e) {
            return e.selectedOn();
        } else if (event instanceof CompanyReferred e) {
            return e.referredOn();
        } else if (event instanceof UserEvaluationReceived e) {
            return e.receivedOn();
        } else if (event instanceof GuidanceCaseClosed e) {
            return e.closedOn();
        } else if (event instanceof GuidanceHoursCounted e) {
            return e.heldOn();
        } else if (event instanceof ManagementDecisionRequired e) {
            return e.windowTo();
        } else if (event instanceof ManagementDecisionRecorded e) {
            return e.decidedOn();
        }
        return null;
    }

    /** The case (or hours ledger) the event belongs to. */
    public static String streamId(Object event) {
        if (event instanceof GuidanceCaseEvent e) {
            return e.caseId();
        } else if (event instanceof GuidanceHoursEvent e) {
            return e.ledgerId();
        }
        return null;
    }

    /** The case the event concerns, where it concerns one: also a counted meeting's case. */
    public static String caseId(Object event) {
        if (event instanceof GuidanceCaseEvent e) {
            return e.caseId();
        } else if (event instanceof GuidanceHoursCounted e) {
            return e.caseId();
        }
        return null;
    }

    public static String house(Object event) {
        if (event instanceof GuidanceCaseEvent e) {
            return e.house() == null ? null : e.house().name();
        } else if (event instanceof GuidanceHoursEvent e) {
            return e.house() == null ? null : e.house().name();
        }
        return null;
    }

    public static String cvr(Object event) {
        if (event instanceof GuidanceCaseEvent e) {
            return e.cvr() == null ? null : e.cvr().value();
        } else if (event instanceof GuidanceHoursEvent e) {
            return e.cvr() == null ? null : e.cvr().value();
        }
        return null;
    }

    /** The reason a correction or withdrawal gives in its own fields; null for other events. */
    public static String reason(Object event) {
        if (event instanceof GuidanceMeetingCorrected e) {
            return e.reason();
        } else if (event instanceof GuidanceMeetingWithdrawn e) {
            return e.reason();
        } else if (event instanceof CaseRegistrationCorrected e) {
            return e.reason();
        }
        return null;
    }

    /** One line for a person, e.g. "Meeting m-1 recorded: 2.5 h on 2025-03-04". */
    public static String summary(Object event) {
        if (event instanceof GuidanceCaseOpened e) {
            return "Case " + e.caseId() + " opened at " + e.house() + " for segment " + e.segment() + " on "
                    + e.openedOn();
        } else if (event instanceof GuidanceMeetingRecorded e) {
            return "Meeting " + e.meetingId() + " recorded: " + hours(e.hours()) + " on " + e.heldOn();
        } else if (event instanceof GuidanceMeetingCorrected e) {
            return "Meeting " + e.meetingId() + " corrected: " + hours(e.hours()) + " on " + e.heldOn()
                    + because(e.reason());
        } else if (event instanceof GuidanceMeetingWithdrawn e) {
            return "Meeting " + e.meetingId() + " withdrawn" + because(e.reason());
        } else if (event instanceof CaseSelectedForUserEvaluation e) {
            return "Selected for user evaluation at " + hours(e.hoursAtSelection()) + " on " + e.selectedOn();
        } else if (event instanceof CompanyReferred e) {
            return "Referred to " + e.partner() + (e.partnerName() == null ? "" : " (" + e.partnerName() + ")")
                    + " on " + e.referredOn();
        } else if (event instanceof UserEvaluationReceived e) {
            return "User evaluation " + e.evaluationId() + " received: would recommend " + e.recommendScore()
                    + "/10";
        } else if (event instanceof CaseRegistrationCorrected e) {
            return "Registration of case " + e.caseId() + " corrected" + because(e.reason());
        } else if (event instanceof GuidanceCaseClosed e) {
            return "Case " + e.caseId() + " closed on " + e.closedOn();
        } else if (event instanceof GuidanceHoursCounted e) {
            return "Meeting " + e.meetingId() + " counted at " + hours(e.hours()) + " in the hours of " + e.house();
        } else if (event instanceof ManagementDecisionRequired e) {
            return "Management decision required: " + hours(e.hoursInWindow()) + " from " + e.windowFrom() + " to "
                    + e.windowTo();
        } else if (event instanceof ManagementDecisionRecorded e) {
            return "Management decided by " + e.decidedBy() + ": "
                    + (e.continueGuidance() ? "guidance continues" : "refer to private advice") + " on "
                    + e.decidedOn();
        }
        return event == null ? "" : event.getClass().getSimpleName();
    }

    private static String hours(BigDecimal hours) {
        return (hours == null ? "?" : hours.toPlainString()) + " h";
    }

    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : " (" + reason + ")";
    }
}
