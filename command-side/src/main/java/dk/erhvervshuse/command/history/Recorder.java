package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.command.contract.ContractGoalRules;
import dk.erhvervshuse.command.contract.ResultContract;
import dk.erhvervshuse.command.contract.SigningRule;
import dk.erhvervshuse.command.delivery.AwarenessSurveyDeliveries;
import dk.erhvervshuse.command.delivery.CompanyAccountsDeliveries;
import dk.erhvervshuse.command.delivery.ControlGroupGrowthDeliveries;
import dk.erhvervshuse.command.delivery.RestatementRule;
import dk.erhvervshuse.command.guidance.CompanyHoursLedger;
import dk.erhvervshuse.command.guidance.CountGuidanceHours;
import dk.erhvervshuse.command.guidance.EvaluationSelectionPolicy;
import dk.erhvervshuse.command.guidance.GuidanceCase;
import dk.erhvervshuse.command.guidance.TwentyHourRule;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
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
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The script as the registry records it: each command handled as its aggregate handles it, into the commit of
 * events the aggregate applies, and each meeting, correction and withdrawal counted by the 20-hour policy into
 * the company's hours ledger a moment later, in a commit of its own. Commits come out in recording order.
 * <p>
 * The decisions are the command side's own: the 3-hour selection by {@link EvaluationSelectionPolicy}, the
 * ledger's counts and requirements by {@link TwentyHourRule}, as the script's {@link LedgerSimulation} worked them
 * out when it read the meeting, a contract's goals by
 * {@link ContractGoalRules} and its taking effect by {@link SigningRule}, a delivery's revision by
 * {@link RestatementRule}. What is left here is which event each command applies with which fields, and the
 * aggregates' sequence numbers; {@code HistoryThroughAxonTest} holds it to the aggregates' own output.
 * <p>
 * The script's commands are valid, so nothing is checked again; a command for a case this recorder does not
 * know fails loudly. Held in memory: the script's (about a year of planned commands), the cases with a
 * command in the last {@link #CASE_KEPT}, the hours ledgers written in the last {@link #LEDGER_KEPT} (a company
 * comes back to a house within two years, and its ledger must go on from its last sequence number), and the
 * contracts and delivery streams written in the last {@link #STREAM_KEPT}. Each is kept in the order it was last
 * written, so forgetting the idle ones takes only them.
 */
final class Recorder implements Iterator<RecordedCommit> {

    /** How long after a meeting's event the 20-hour policy's count is recorded, at least and at most. */
    static final int POLICY_MIN_MILLIS = 150;
    static final int POLICY_MAX_MILLIS = 900;

    /**
     * A case's commands are weeks apart, and so are a delivery stream's and a contract's (final figures come
     * months after the preliminary ones): after more than a year without one, none comes.
     */
    static final Duration CASE_KEPT = Duration.ofDays(400);
    static final Duration STREAM_KEPT = CASE_KEPT;
    /** A company comes back to a house the year after its case closed: its ledger may wait two years. */
    static final Duration LEDGER_KEPT = Duration.ofDays(3 * 366);

    private static final String CASE = GuidanceCase.class.getSimpleName();
    private static final String LEDGER = CompanyHoursLedger.class.getSimpleName();
    private static final String CONTRACT = ResultContract.class.getSimpleName();
    private static final String AWARENESS = AwarenessSurveyDeliveries.class.getSimpleName();
    private static final String ACCOUNTS = CompanyAccountsDeliveries.class.getSimpleName();
    private static final String CONTROL_GROUP = ControlGroupGrowthDeliveries.class.getSimpleName();
    private static final int HOURS_SCALE = 2;

    private final long seed;
    private final Script script;
    private final Map<String, CaseStream> cases = lastWrittenLast();
    private final Map<String, Stream> ledgers = lastWrittenLast();
    private final Map<String, ContractStream> contracts = lastWrittenLast();
    private final Map<String, DeliveryStream> deliveries = lastWrittenLast();
    /** The policy's counts not yet recorded, in the order of the events they answer, as its one segment takes them. */
    private final Deque<PendingCount> counts = new ArrayDeque<>();
    private final Deque<RecordedCommit> ready = new ArrayDeque<>();
    private ScriptedCommand lookahead;
    private LedgerSimulation.Count lookaheadCount;
    private long nextCauseIndex;
    private Instant lastRecordedAt = Instant.MIN;
    private LocalDate lastSweep;

    Recorder(HistoryOptions options) {
        this.seed = options.seed();
        this.script = new Script(options);
    }

    private record PendingCount(Instant at, ScriptedCommand cause, long causeIndex, CountGuidanceHours command,
                                LedgerSimulation.Count count) {
    }

    /** A map that iterates from the entry read or written longest ago, so that the idle ones come first. */
    private static <S extends Stream> Map<String, S> lastWrittenLast() {
        return new LinkedHashMap<>(1024, 0.75f, true);
    }

    /** What every aggregate keeps for its log: the next sequence number and when it was last written. */
    private static class Stream {
        long nextSequence;
        Instant lastRecordedAt;
    }

    /** A guidance case's registration and counting hours, as {@link GuidanceCase} keeps them. */
    private static final class CaseStream extends Stream {
        final House house;
        final Cvr cvr;
        Office office;
        PNumber pNumber;
        LocalDate foundedOn;
        Segment segment;
        List<Theme> themes;
        /** Hours by meeting, withdrawn meetings left out. */
        final Map<String, BigDecimal> countingHours = new LinkedHashMap<>();
        boolean selected;

        CaseStream(GuidanceCaseOpened opened) {
            this.house = opened.house();
            this.cvr = opened.cvr();
            this.office = opened.office();
            this.pNumber = opened.pNumber();
            this.foundedOn = opened.foundedOn();
            this.segment = opened.segment();
            this.themes = opened.themes();
        }
    }

    private static final class ContractStream extends Stream {
        final Map<Party, LocalDate> signedOn = new EnumMap<>(Party.class);
    }

    private static final class DeliveryStream extends Stream {
        RestatementRule.Current current;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public RecordedCommit next() {
        fill();
        RecordedCommit commit = ready.poll();
        if (commit == null) {
            throw new NoSuchElementException();
        }
        return commit;
    }

    /** Records the policy's counts and the script's commands in time order until a commit is ready. */
    private void fill() {
        while (ready.isEmpty()) {
            if (lookahead == null && script.hasNext()) {
                lookahead = script.next();
                lookaheadCount = script.lastCount();
            }
            PendingCount count = counts.peek();
            if (count != null && (lookahead == null || !count.at().isAfter(lookahead.recordedAt()))) {
                counts.poll();
                count(count);
            } else if (lookahead != null) {
                ScriptedCommand scripted = lookahead;
                lookahead = null;
                record(scripted, lookaheadCount, nextCauseIndex++);
            } else {
                return;
            }
        }
    }

    // ---- the script's commands

    /** @param count what the 20-hour policy's count of a meeting, correction or withdrawal will do to the ledger */
    private void record(ScriptedCommand scripted, LedgerSimulation.Count count, long causeIndex) {
        sweep(scripted.recordedAt());
        Object command = scripted.command();
        if (command instanceof OpenGuidanceCase opening) {
            open(scripted, causeIndex, opening);
        } else if (command instanceof RecordGuidanceMeeting meeting) {
            CaseStream state = caseOf(meeting.caseId(), scripted);
            BigDecimal hours = twoDecimals(meeting.hours());
            state.countingHours.put(meeting.meetingId(), hours);
            List<Object> events = new ArrayList<>(2);
            events.add(new GuidanceMeetingRecorded(meeting.caseId(), state.house, state.cvr, meeting.meetingId(),
                    meeting.adviserId(), meeting.form(), hours, meeting.themes(), meeting.heldOn()));
            selectIfDue(meeting.caseId(), state, meeting.heldOn(), events);
            emitCase(scripted, causeIndex, meeting.caseId(), state, events);
            countLater(scripted, causeIndex, count, meeting.caseId(), state, meeting.meetingId(), hours,
                    meeting.heldOn());
        } else if (command instanceof CorrectGuidanceMeeting correction) {
            CaseStream state = caseOf(correction.caseId(), scripted);
            BigDecimal hours = twoDecimals(correction.hours());
            state.countingHours.put(correction.meetingId(), hours);
            List<Object> events = new ArrayList<>(2);
            events.add(new GuidanceMeetingCorrected(correction.caseId(), state.house, state.cvr,
                    correction.meetingId(), correction.adviserId(), correction.form(), hours, correction.themes(),
                    correction.heldOn(), correction.reason()));
            selectIfDue(correction.caseId(), state, correction.heldOn(), events);
            emitCase(scripted, causeIndex, correction.caseId(), state, events);
            countLater(scripted, causeIndex, count, correction.caseId(), state, correction.meetingId(), hours,
                    correction.heldOn());
        } else if (command instanceof WithdrawGuidanceMeeting withdrawal) {
            CaseStream state = caseOf(withdrawal.caseId(), scripted);
            state.countingHours.remove(withdrawal.meetingId());
            emitCase(scripted, causeIndex, withdrawal.caseId(), state, List.of(new GuidanceMeetingWithdrawn(
                    withdrawal.caseId(), state.house, state.cvr, withdrawal.meetingId(), withdrawal.reason())));
            countLater(scripted, causeIndex, count, withdrawal.caseId(), state, withdrawal.meetingId(),
                    BigDecimal.ZERO, null);
        } else if (command instanceof ReferCompany referral) {
            CaseStream state = caseOf(referral.caseId(), scripted);
            ReferralPartner partner = referral.partner();
            emitCase(scripted, causeIndex, referral.caseId(), state, List.of(new CompanyReferred(referral.caseId(),
                    state.house, state.cvr, referral.referralId(), partner,
                    referral.category() != null ? referral.category() : partner.defaultCategory(),
                    named(partner) ? referral.partnerName() : null, referral.referredOn())));
        } else if (command instanceof RecordUserEvaluation evaluation) {
            CaseStream state = caseOf(evaluation.caseId(), scripted);
            emitCase(scripted, causeIndex, evaluation.caseId(), state, List.of(new UserEvaluationReceived(
                    evaluation.caseId(), state.house, state.cvr, evaluation.evaluationId(),
                    evaluation.recommendScore(), evaluation.referralUsed(),
                    evaluation.sustainabilityHelpedToHighDegree(), evaluation.receivedOn())));
        } else if (command instanceof CorrectCaseRegistration correction) {
            correctRegistration(scripted, causeIndex, correction);
        } else if (command instanceof CloseGuidanceCase closing) {
            CaseStream state = caseOf(closing.caseId(), scripted);
            emitCase(scripted, causeIndex, closing.caseId(), state,
                    List.of(new GuidanceCaseClosed(closing.caseId(), state.house, state.cvr, closing.closedOn())));
        } else if (command instanceof RecordManagementDecision decision) {
            decide(scripted, causeIndex, decision);
        } else if (command instanceof ProposeResultContract proposal) {
            ContractStream contract = contracts.computeIfAbsent(proposal.contractId(), id -> new ContractStream());
            contract.signedOn.clear();
            emit(scripted, causeIndex, command, CONTRACT, proposal.contractId(), contract,
                    List.of(new ResultContractProposed(proposal.contractId(), proposal.house(), proposal.year(),
                            ContractGoalRules.proposedGoals(AgreementTerms.nationalGoals(proposal.house(),
                                    proposal.year()), proposal.nationalGoals(), proposal.localGoals()),
                            proposal.proposedOn())));
        } else if (command instanceof SignResultContract signature) {
            sign(scripted, causeIndex, signature);
        } else if (command instanceof AmendResultContract amendment) {
            ContractStream contract = contractOf(amendment.contractId(), scripted);
            emit(scripted, causeIndex, command, CONTRACT, amendment.contractId(), contract,
                    List.of(new ResultContractAmended(amendment.contractId(), amendment.house(), amendment.year(),
                            ContractGoalRules.amendedGoals(AgreementTerms.nationalGoals(amendment.house(),
                                    amendment.year()), amendment.goals()),
                            amendment.reason(), amendment.agreedBy(), amendment.amendedOn())));
        } else if (command instanceof DeliverAwarenessSurvey survey) {
            DeliveryStream stream = delivery(survey.deliveryStreamId(), survey.status(), survey.deliveredOn());
            emit(scripted, causeIndex, command, AWARENESS, survey.deliveryStreamId(), stream,
                    List.of(new AwarenessSurveyDelivered(survey.deliveryStreamId(), survey.house(), survey.year(),
                            survey.awareOfHousePercent(), survey.awareOfOffersPercent(), survey.respondents(),
                            survey.status(), stream.current.revision(), survey.deliveredOn())));
        } else if (command instanceof DeliverCompanyAccounts accounts) {
            DeliveryStream stream = delivery(accounts.deliveryStreamId(), accounts.status(), accounts.deliveredOn());
            emit(scripted, causeIndex, command, ACCOUNTS, accounts.deliveryStreamId(), stream,
                    List.of(new CompanyAccountsDelivered(accounts.deliveryStreamId(), new Cvr(accounts.cvr()),
                            accounts.year(), accounts.revenue(), accounts.fullTimeEmployees(),
                            accounts.grossProfit(), accounts.status(), stream.current.revision(),
                            accounts.deliveredOn())));
        } else if (command instanceof DeliverControlGroupGrowth growth) {
            DeliveryStream stream = delivery(growth.deliveryStreamId(), growth.status(), growth.deliveredOn());
            emit(scripted, causeIndex, command, CONTROL_GROUP, growth.deliveryStreamId(), stream,
                    List.of(new ControlGroupGrowthDelivered(growth.deliveryStreamId(), growth.segment(),
                            growth.year(), growth.revenueGrowthPercent(), growth.employmentGrowthPercent(),
                            growth.revenuePerEmployeeGrowthPercent(), growth.grossProfitPerEmployeeGrowthPercent(),
                            growth.status(), stream.current.revision(), growth.deliveredOn())));
        } else {
            throw new IllegalStateException("the recorder does not know the command " + command);
        }
    }

    private void open(ScriptedCommand scripted, long causeIndex, OpenGuidanceCase opening) {
        if (cases.containsKey(opening.caseId())) {
            throw new IllegalStateException("case " + opening.caseId() + " is opened twice");
        }
        GuidanceCaseOpened opened = new GuidanceCaseOpened(opening.caseId(), opening.house(), new Cvr(opening.cvr()),
                opening.office(), new PNumber(opening.pNumber()), opening.foundedOn(), opening.segment(),
                opening.themes(), opening.openedOn());
        CaseStream state = new CaseStream(opened);
        cases.put(opening.caseId(), state);
        emitCase(scripted, causeIndex, opening.caseId(), state, List.of(opened));
    }

    /** §9: the meeting that takes the case over 3 hours selects it, in the same commit, once. */
    private static void selectIfDue(String caseId, CaseStream state, LocalDate heldOn, List<Object> events) {
        BigDecimal hours = state.countingHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (EvaluationSelectionPolicy.mustSelect(hours, state.selected)) {
            state.selected = true;
            events.add(new CaseSelectedForUserEvaluation(caseId, state.house, state.cvr, hours, heldOn));
        }
    }

    private void correctRegistration(ScriptedCommand scripted, long causeIndex, CorrectCaseRegistration correction) {
        CaseStream state = caseOf(correction.caseId(), scripted);
        state.office = correction.office() != null ? correction.office() : state.office;
        state.pNumber = correction.pNumber() != null ? new PNumber(correction.pNumber()) : state.pNumber;
        state.foundedOn = correction.foundedOn() != null ? correction.foundedOn() : state.foundedOn;
        state.segment = correction.segment() != null ? correction.segment() : state.segment;
        state.themes = correction.themes() != null ? List.copyOf(correction.themes()) : state.themes;
        emitCase(scripted, causeIndex, correction.caseId(), state, List.of(new CaseRegistrationCorrected(
                correction.caseId(), state.house, state.cvr, state.office, state.pNumber, state.foundedOn,
                state.segment, state.themes, correction.reason())));
    }

    private void decide(ScriptedCommand scripted, long causeIndex, RecordManagementDecision decision) {
        Stream ledger = ledgers.get(decision.ledgerId());
        if (ledger == null) {
            throw new IllegalStateException("no hours were counted on ledger " + decision.ledgerId() + " for "
                    + scripted);
        }
        emit(scripted, causeIndex, decision, LEDGER, decision.ledgerId(), ledger,
                List.of(new ManagementDecisionRecorded(decision.ledgerId(), decision.house(), new Cvr(decision.cvr()),
                        decision.requirementId(), decision.decidedBy(), decision.continueGuidance(),
                        decision.justification(), decision.decidedOn())));
    }

    /** §8.2: the second chair's signature puts the contract in force, in the same commit. */
    private void sign(ScriptedCommand scripted, long causeIndex, SignResultContract signature) {
        ContractStream contract = contractOf(signature.contractId(), scripted);
        contract.signedOn.put(signature.party(), signature.signedOn());
        List<Object> events = new ArrayList<>(2);
        events.add(new ResultContractSigned(signature.contractId(), signature.house(), signature.year(),
                signature.party(), signature.signatoryId(), signature.signedOn()));
        SigningRule.effectiveOn(contract.signedOn).ifPresent(effectiveOn -> events.add(new ResultContractTookEffect(
                signature.contractId(), signature.house(), signature.year(), effectiveOn)));
        emit(scripted, causeIndex, signature, CONTRACT, signature.contractId(), contract, events);
    }

    private DeliveryStream delivery(String streamId, DeliveryStatus status, LocalDate deliveredOn) {
        DeliveryStream stream = deliveries.computeIfAbsent(streamId, id -> new DeliveryStream());
        int revision = RestatementRule.nextRevision(streamId, stream.current, status, deliveredOn, false);
        stream.current = new RestatementRule.Current(status, revision, deliveredOn);
        return stream;
    }

    // ---- the 20-hour policy

    /** The policy counts the meeting's hours as they now stand; a withdrawal counts 0 and keeps the date. */
    private void countLater(ScriptedCommand scripted, long causeIndex, LedgerSimulation.Count count, String caseId,
                            CaseStream state, String meetingId, BigDecimal hours, LocalDate heldOn) {
        Instant at = scripted.recordedAt().plusMillis(
                Draw.of(seed, "policy", causeIndex).between(POLICY_MIN_MILLIS, POLICY_MAX_MILLIS));
        PendingCount last = counts.peekLast();
        if (last != null && at.isBefore(last.at())) {
            at = last.at();
        }
        counts.add(new PendingCount(at, scripted, causeIndex, new CountGuidanceHours(
                GuidanceHoursEvent.ledgerIdOf(state.house, state.cvr), state.house, state.cvr, caseId, meetingId,
                hours, heldOn), count));
    }

    private void count(PendingCount pending) {
        CountGuidanceHours command = pending.command();
        LedgerSimulation.Count count = pending.count();
        if (count.counted() == null) {
            return;
        }
        String ledgerId = command.ledgerId();
        List<Object> events = new ArrayList<>(1 + count.raised().size());
        events.add(new GuidanceHoursCounted(ledgerId, command.house(), command.cvr(), command.caseId(),
                command.meetingId(), twoDecimals(count.counted().hours()), count.counted().heldOn()));
        for (TwentyHourRule.Window window : count.raised()) {
            events.add(new ManagementDecisionRequired(ledgerId, command.house(), command.cvr(),
                    CompanyHoursLedger.requirementIdOf(ledgerId, window.to()), window.hours(), window.from(),
                    window.to()));
        }
        Stream ledger = ledgers.computeIfAbsent(ledgerId, id -> new Stream());
        commit(pending.at(), pending.cause(), pending.causeIndex(), command, LEDGER, ledgerId, ledger, events);
    }

    // ---- streams and commits

    private CaseStream caseOf(String caseId, ScriptedCommand scripted) {
        CaseStream state = cases.get(caseId);
        if (state == null) {
            throw new IllegalStateException("case " + caseId + " was never opened, or had been idle for "
                    + CASE_KEPT.toDays() + " days and was forgotten, before " + scripted);
        }
        return state;
    }

    private ContractStream contractOf(String contractId, ScriptedCommand scripted) {
        ContractStream contract = contracts.get(contractId);
        if (contract == null) {
            throw new IllegalStateException("contract " + contractId + " was never proposed, before " + scripted);
        }
        return contract;
    }

    private void emitCase(ScriptedCommand scripted, long causeIndex, String caseId, CaseStream state,
                          List<Object> events) {
        emit(scripted, causeIndex, scripted.command(), CASE, caseId, state, events);
    }

    private void emit(ScriptedCommand scripted, long causeIndex, Object command, String aggregateType,
                      String aggregateId, Stream stream, List<Object> events) {
        commit(scripted.recordedAt(), scripted, causeIndex, command, aggregateType, aggregateId, stream, events);
    }

    private void commit(Instant at, ScriptedCommand cause, long causeIndex, Object command, String aggregateType,
                        String aggregateId, Stream stream, List<Object> events) {
        if (at.isBefore(lastRecordedAt)) {
            throw new IllegalStateException("the history went back in time at " + aggregateId + ", " + cause);
        }
        lastRecordedAt = at;
        ready.add(new RecordedCommit(at, cause, causeIndex, command, aggregateType, aggregateId, stream.nextSequence,
                events));
        stream.nextSequence += events.size();
        stream.lastRecordedAt = at;
    }

    /** Once a month of recording time, drops what no later command can touch. */
    private void sweep(Instant now) {
        LocalDate today = BusinessCalendar.dateOf(now);
        if (lastSweep != null && today.getYear() == lastSweep.getYear()
                && today.getMonthValue() == lastSweep.getMonthValue()) {
            return;
        }
        lastSweep = today;
        forget(cases, now.minus(CASE_KEPT));
        forget(ledgers, now.minus(LEDGER_KEPT));
        forget(contracts, now.minus(STREAM_KEPT));
        forget(deliveries, now.minus(STREAM_KEPT));
    }

    /** Drops the streams last written before {@code before}: the first ones of a map in last-written order. */
    private static void forget(Map<String, ? extends Stream> streams, Instant before) {
        Iterator<? extends Stream> longestIdleFirst = streams.values().iterator();
        while (longestIdleFirst.hasNext() && longestIdleFirst.next().lastRecordedAt.isBefore(before)) {
            longestIdleFirst.remove();
        }
    }

    private static boolean named(ReferralPartner partner) {
        return partner == ReferralPartner.PRIVATE_ADVISER || partner == ReferralPartner.BANK_OR_BUSINESS_ANGEL;
    }

    /** Hours as the command side keeps them: to the hundredth, with two decimals. */
    private static BigDecimal twoDecimals(BigDecimal hours) {
        return hours.setScale(HOURS_SCALE, RoundingMode.UNNECESSARY);
    }

    /** For tests: how many aggregates are held. */
    int heldStreams() {
        return cases.size() + ledgers.size() + contracts.size() + deliveries.size();
    }
}
