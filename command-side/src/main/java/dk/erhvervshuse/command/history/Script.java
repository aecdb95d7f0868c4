package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.command.guidance.CompanyHoursLedger;
import dk.erhvervshuse.command.guidance.TwentyHourRule;
import dk.erhvervshuse.events.common.ReferralPartner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import static dk.erhvervshuse.command.history.ScriptedCommand.ADVISER;
import static dk.erhvervshuse.command.history.ScriptedCommand.HOUSE_MANAGER;

/**
 * The script as it is read: commands in recording order, a year planned only when the script reaches the
 * December before it. Planned commands wait in a queue ordered by recording time; every meeting, correction
 * and withdrawal that leaves the queue is counted into the {@link LedgerSimulation}, and a requirement of the
 * 20-hour rule it raises puts management's decision into the queue, some days later.
 * <p>
 * Held in memory at any time: the commands planned but not yet read (about a year's worth), the open cases and
 * the hours ledgers that can still change, and the companies that return next year.
 */
final class Script implements Iterator<ScriptedCommand> {

    static final double CONTINUE_SHARE = 0.92;

    /** A planned command; its recording time is kept unboxed, so that the queue compares without chasing references. */
    private record Pending(long epochSecond, int nano, long sequence, ScriptedCommand command)
            implements Comparable<Pending> {

        Pending(ScriptedCommand command, long sequence) {
            this(command.recordedAt().getEpochSecond(), command.recordedAt().getNano(), sequence, command);
        }

        @Override
        public int compareTo(Pending other) {
            int byTime = epochSecond != other.epochSecond ? Long.compare(epochSecond, other.epochSecond)
                    : Integer.compare(nano, other.nano);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final HistoryOptions options;
    private final YearPlanner planner;
    private final LedgerSimulation ledgers = new LedgerSimulation();
    private final PriorityQueue<Pending> queue = new PriorityQueue<>();
    /** Commands sent right after the one just read, at its time: a referral that follows a decision. */
    private final Deque<ScriptedCommand> followUps = new ArrayDeque<>();
    private long sequence;
    private int nextYear;
    private Instant lastRecordedAt = Instant.MIN;
    private LedgerSimulation.Count lastCount;

    Script(HistoryOptions options) {
        this.options = options;
        this.planner = new YearPlanner(options);
        this.nextYear = options.fromYear();
    }

    @Override
    public boolean hasNext() {
        planAhead();
        return !followUps.isEmpty() || !queue.isEmpty();
    }

    @Override
    public ScriptedCommand next() {
        planAhead();
        ScriptedCommand command;
        if (!followUps.isEmpty()) {
            command = followUps.poll();
        } else if (!queue.isEmpty()) {
            command = queue.poll().command();
        } else {
            throw new NoSuchElementException();
        }
        if (command.recordedAt().isBefore(lastRecordedAt)) {
            throw new IllegalStateException("the script went back in time at " + command);
        }
        lastRecordedAt = command.recordedAt();
        lastCount = null;
        observe(command);
        return command;
    }

    /**
     * What the command just read does to its company's hours ledger when the 20-hour policy counts it: null for
     * a command that is no meeting, correction or withdrawal.
     */
    LedgerSimulation.Count lastCount() {
        return lastCount;
    }

    /** Plans each year before the script reaches its first possible command. */
    private void planAhead() {
        while (nextYear <= options.toYear()) {
            LocalDate earliest = YearPlanner.earliestDayOf(nextYear);
            if (earliest.isAfter(options.until())) {
                nextYear = options.toYear() + 1;
                return;
            }
            Instant planningPoint = BusinessCalendar.at(earliest, 0);
            boolean reached = queue.isEmpty() || !queue.peek().command().recordedAt().isBefore(planningPoint);
            if (!reached || !followUps.isEmpty()) {
                return;
            }
            ledgers.forgetIdle(earliest.minusMonths(13));
            planner.plan(nextYear++, this::schedule);
        }
    }

    private void schedule(ScriptedCommand command) {
        queue.add(new Pending(command, sequence++));
    }

    private void observe(ScriptedCommand scripted) {
        Object command = scripted.command();
        if (command instanceof OpenGuidanceCase opening) {
            ledgers.opened(opening.caseId(), opening.house(), opening.cvr(), scripted.userId(), opening.openedOn());
        } else if (command instanceof CloseGuidanceCase closing) {
            ledgers.closed(closing.caseId());
        } else if (command instanceof RecordGuidanceMeeting meeting) {
            counted(scripted, meeting.caseId(), meeting.meetingId(), meeting.hours(), meeting.heldOn());
        } else if (command instanceof CorrectGuidanceMeeting correction) {
            counted(scripted, correction.caseId(), correction.meetingId(), correction.hours(), correction.heldOn());
        } else if (command instanceof WithdrawGuidanceMeeting withdrawal) {
            counted(scripted, withdrawal.caseId(), withdrawal.meetingId(), BigDecimal.ZERO, null);
        } else if (command instanceof RecordManagementDecision decision && !decision.continueGuidance()) {
            referToPrivateAdvice(scripted, decision);
        }
    }

    private void counted(ScriptedCommand scripted, String caseId, String meetingId, BigDecimal hours,
                         LocalDate heldOn) {
        lastCount = ledgers.count(caseId, meetingId, hours, heldOn);
        List<TwentyHourRule.Window> raised = lastCount.raised();
        if (!raised.isEmpty()) {
            LedgerSimulation.Ledger ledger = ledgers.ledgerOfCase(caseId);
            for (TwentyHourRule.Window window : raised) {
                decide(ledger, window, scripted.recordedAt());
            }
        }
    }

    /**
     * House management takes its stance (§5.1) some days after the hours passed 20; if that would be after
     * {@code until}, on the last day before it, so that a script ends with no requirement it could have met.
     */
    private void decide(LedgerSimulation.Ledger ledger, TwentyHourRule.Window window, Instant raisedAt) {
        String requirementId = CompanyHoursLedger.requirementIdOf(ledger.ledgerId, window.to());
        Draw draw = Draw.of(options.seed(), "decision:" + requirementId);
        LocalDate raisedOn = BusinessCalendar.dateOf(raisedAt);
        LocalDate decidedOn = BusinessCalendar.plusBusinessDays(raisedOn, draw.between(2, 12));
        if (decidedOn.isAfter(options.until())) {
            decidedOn = BusinessCalendar.onOrBefore(options.until());
            if (decidedOn.isBefore(raisedOn)) {
                return;
            }
        }
        Instant recordedAt = Timeline.after(draw, decidedOn, raisedAt);
        if (BusinessCalendar.dateOf(recordedAt).isAfter(options.until())) {
            return;
        }
        boolean continueGuidance = draw.chance(CONTINUE_SHARE);
        String manager = People.manager(ledger.house, draw.between(1, 2));
        schedule(new ScriptedCommand(recordedAt, decidedOn,
                RecordManagementDecision.of(ledger.house, ledger.cvr, requirementId, manager, continueGuidance,
                        Vocabulary.justification(draw, continueGuidance), decidedOn),
                manager, HOUSE_MANAGER, ledger.house));
    }

    /** A decision not to continue sends the company to private advice from its newest open case, if any. */
    private void referToPrivateAdvice(ScriptedCommand scripted, RecordManagementDecision decision) {
        LedgerSimulation.Ledger ledger = ledgers.ledger(decision.ledgerId());
        if (ledger == null) {
            return;
        }
        ledger.newestOpenCase().ifPresent(entry -> {
            Draw draw = Draw.of(options.seed(), "referral:" + decision.requirementId());
            String referralId = "r-" + decision.requirementId().substring(ledger.ledgerId.length() + 1);
            followUps.add(new ScriptedCommand(scripted.recordedAt(), decision.decidedOn(),
                    new ReferCompany(entry.getKey(), referralId, ReferralPartner.PRIVATE_ADVISER,
                            ReferralPartner.PRIVATE_ADVISER.defaultCategory(),
                            Vocabulary.partnerName(draw, ReferralPartner.PRIVATE_ADVISER), decision.decidedOn()),
                    entry.getValue(), ADVISER, ledger.house));
        });
    }
}
