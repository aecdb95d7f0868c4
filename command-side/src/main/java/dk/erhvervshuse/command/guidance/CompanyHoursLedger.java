package dk.erhvervshuse.command.guidance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireFreeText;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The hours of one company's guidance at one house, across all its cases: the consistency boundary of the
 * 20-hour rule of agreement §5.1 ({@link TwentyHourRule}). Its id is {@code HOUSE:CVR}
 * ({@link GuidanceHoursEvent#ledgerIdOf}).
 * <p>
 * The ledger is fed by {@link TwentyHourPolicy} with each meeting's hours as they now stand, and is created
 * by the first count. Counting is idempotent: a meeting counted again with the same hours and date changes
 * nothing, so a redelivered event or a retried command adds no event.
 * <p>
 * When a count leaves a 12-month window above 20 hours that no earlier requirement covers, the ledger
 * raises {@link ManagementDecisionRequired} in the same command; management answers it with
 * {@link RecordManagementDecision}. A decision for a ledger that was never created fails with Axon's
 * {@code AggregateNotFoundException}: there is then no requirement to decide.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CompanyHoursLedger {

    private static final BigDecimal MAX_MEETING_HOURS = GuidanceInputGuards.MAX_MEETING_HOURS;

    @AggregateIdentifier
    private String ledgerId;
    private House house;
    private Cvr cvr;
    /** By case id, then meeting id: a meeting id is unique only within its case. */
    private Map<String, Map<String, CountedMeeting>> meetings = new LinkedHashMap<>();
    private Map<String, Requirement> requirements = new LinkedHashMap<>();

    record CountedMeeting(BigDecimal hours, LocalDate heldOn) {
    }

    record Requirement(LocalDate windowFrom, LocalDate windowTo, BigDecimal hoursInWindow, boolean decided) {

        Requirement decide() {
            return new Requirement(windowFrom, windowTo, hoursInWindow, true);
        }
    }

    protected CompanyHoursLedger() {
        // for Axon: sourced from events, or created empty by the first count
    }

    /**
     * The id of the requirement raised for the window ending on {@code windowTo}: derived, never random, so
     * that a replayed or retried count raises the same requirement, which the ledger then already has.
     */
    public static String requirementIdOf(String ledgerId, LocalDate windowTo) {
        return ledgerId + ":" + windowTo;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CountGuidanceHours command) {
        House houseOfCount = requirePresent("house", command.house());
        Cvr cvrOfCount = requirePresent("cvr", command.cvr());
        String id = GuidanceHoursEvent.ledgerIdOf(houseOfCount, cvrOfCount);
        if (!id.equals(command.ledgerId())) {
            throw invalid("ledgerId", "ledgerId.mismatch",
                    "ledgerId " + command.ledgerId() + " is not the ledger of " + houseOfCount + " and " + cvrOfCount
                            + ", " + id);
        }
        String caseId = requireId("caseId", command.caseId());
        String meetingId = requireId("meetingId", command.meetingId());
        BigDecimal hours = requireCountedHours(command.hours());
        CountedMeeting previous = meetings.getOrDefault(caseId, Map.of()).get(meetingId);
        LocalDate heldOn = command.heldOn() != null ? command.heldOn() : previous != null ? previous.heldOn() : null;
        if (previous == null && hours.signum() == 0) {
            // a withdrawal of a meeting never counted here: there is nothing to take back
            return;
        }
        requirePresent("heldOn", heldOn);
        if (previous != null && previous.hours().compareTo(hours) == 0 && previous.heldOn().equals(heldOn)) {
            return;
        }
        apply(new GuidanceHoursCounted(id, houseOfCount, cvrOfCount, caseId, meetingId, hours, heldOn));
        raiseRequirementsDue();
    }

    @CommandHandler
    public void handle(RecordManagementDecision command, CommandMessage<RecordManagementDecision> message,
                       Clock clock) {
        ActingHouse.check(message, house);
        if (command.house() != house) {
            throw invalid("house", "house.mismatch", "house " + command.house() + " is not the house of ledger "
                    + ledgerId);
        }
        if (!cvr.value().equals(command.cvr())) {
            throw invalid("cvr", "cvr.mismatch", "cvr " + command.cvr() + " is not the company of ledger " + ledgerId);
        }
        String requirementId = requireId("requirementId", command.requirementId());
        Requirement requirement = requirements.get(requirementId);
        if (requirement == null) {
            throw new NotFound("requirementId", "requirementId.unknown",
                    "ledger " + ledgerId + " has no requirement " + requirementId);
        }
        if (requirement.decided()) {
            throw new StateConflict("requirementId", "requirement.alreadyDecided",
                    "requirement " + requirementId + " has already been decided");
        }
        String decidedBy = requireId("decidedBy", command.decidedBy());
        boolean continueGuidance = requirePresent("continueGuidance", command.continueGuidance());
        String justification = requireFreeText("justification", command.justification());
        LocalDate decidedOn = requireNotInFuture("decidedOn", command.decidedOn(), today(clock));
        if (decidedOn.isBefore(requirement.windowTo())) {
            throw invalid("decidedOn", "decidedOn.beforeRequirement",
                    "decidedOn " + decidedOn + " is before the guidance passed 20 hours, " + requirement.windowTo());
        }
        apply(new ManagementDecisionRecorded(ledgerId, house, cvr, requirementId, decidedBy, continueGuidance,
                justification, decidedOn));
    }

    private static BigDecimal requireCountedHours(BigDecimal hours) {
        requirePresent("hours", hours);
        if (hours.signum() < 0 || hours.compareTo(MAX_MEETING_HOURS) > 0) {
            throw invalid("hours", "hours.range", "hours " + hours.toPlainString() + " must be within 0-24");
        }
        if (hours.stripTrailingZeros().scale() > GuidanceInputGuards.HOURS_SCALE) {
            throw invalid("hours", "hours.precision", "hours " + hours.toPlainString() + " has more than 2 decimals");
        }
        return hours.setScale(GuidanceInputGuards.HOURS_SCALE, RoundingMode.UNNECESSARY);
    }

    /** Raises every requirement the current hours call for, earliest window first; usually none or one. */
    private void raiseRequirementsDue() {
        Optional<TwentyHourRule.Window> breach;
        while ((breach = TwentyHourRule.firstUncoveredBreach(countedHours(), raisedWindows())).isPresent()) {
            TwentyHourRule.Window window = breach.get();
            apply(new ManagementDecisionRequired(ledgerId, house, cvr, requirementIdOf(ledgerId, window.to()),
                    window.hours(), window.from(), window.to()));
        }
    }

    private List<TwentyHourRule.CountedHours> countedHours() {
        return meetings.values().stream()
                .flatMap(ofCase -> ofCase.values().stream())
                .map(meeting -> new TwentyHourRule.CountedHours(meeting.heldOn(), meeting.hours()))
                .toList();
    }

    private List<TwentyHourRule.Window> raisedWindows() {
        return requirements.values().stream()
                .map(requirement -> new TwentyHourRule.Window(requirement.windowFrom(), requirement.windowTo(),
                        requirement.hoursInWindow()))
                .toList();
    }

    @EventSourcingHandler
    void on(GuidanceHoursCounted event) {
        ledgerId = event.ledgerId();
        house = event.house();
        cvr = event.cvr();
        meetings.computeIfAbsent(event.caseId(), id -> new LinkedHashMap<>())
                .put(event.meetingId(), new CountedMeeting(event.hours(), event.heldOn()));
    }

    @EventSourcingHandler
    void on(ManagementDecisionRequired event) {
        requirements.put(event.requirementId(), new Requirement(event.windowFrom(), event.windowTo(),
                event.hoursInWindow(), false));
    }

    @EventSourcingHandler
    void on(ManagementDecisionRecorded event) {
        requirements.computeIfPresent(event.requirementId(), (id, requirement) -> requirement.decide());
    }
}
