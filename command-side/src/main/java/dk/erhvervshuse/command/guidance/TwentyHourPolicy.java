package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Carries each meeting's hours from its case to the company's {@link CompanyHoursLedger} at the house, where
 * the 20-hour rule of agreement §5.1 ({@link TwentyHourRule}) is kept across the company's cases.
 * <p>
 * Every event sends the meeting's hours as they now stand; the ledger ignores a count it already has, so
 * a redelivered event is harmless. A withdrawal sends 0 hours and no date, and the ledger keeps the date it
 * has. {@code sendAndWait} makes a failed count fail the event, so the processor's error handling retries
 * it instead of losing hours. Replays are skipped: the ledger already holds what a replay would send.
 */
@Component
@ProcessingGroup("twenty-hour-policy")
@DisallowReplay
public class TwentyHourPolicy {

    private final CommandGateway commandGateway;

    public TwentyHourPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(GuidanceMeetingRecorded event) {
        count(event.house(), event.cvr(), event.caseId(), event.meetingId(), event.hours(), event.heldOn());
    }

    @EventHandler
    void on(GuidanceMeetingCorrected event) {
        count(event.house(), event.cvr(), event.caseId(), event.meetingId(), event.hours(), event.heldOn());
    }

    @EventHandler
    void on(GuidanceMeetingWithdrawn event) {
        count(event.house(), event.cvr(), event.caseId(), event.meetingId(), BigDecimal.ZERO, null);
    }

    private void count(House house, Cvr cvr, String caseId, String meetingId, BigDecimal hours, LocalDate heldOn) {
        commandGateway.sendAndWait(new CountGuidanceHours(GuidanceHoursEvent.ledgerIdOf(house, cvr), house, cvr,
                caseId, meetingId, hours, heldOn));
    }
}
