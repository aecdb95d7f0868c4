package dk.erhvervshuse.command.guidance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.erhvervshuse.command.guidance.GuidanceInputGuards.AGREEMENT_START;
import static dk.erhvervshuse.command.guidance.GuidanceInputGuards.requireFoundedOn;
import static dk.erhvervshuse.command.guidance.GuidanceInputGuards.requireMeetingHours;
import static dk.erhvervshuse.command.guidance.GuidanceInputGuards.requireThemes;
import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireCvr;
import static dk.erhvervshuse.command.input.InputGuards.requireFreeText;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireName;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.requirePNumber;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;
import static dk.erhvervshuse.command.input.InputGuards.today;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A case of specialised guidance (vejledningsforløb, agreement §5.1) of one company at one house: its
 * registration minimum (CVR, P-number, segment, theme, §9), its meetings and their hours, its referrals
 * to other actors (§5.2), and the company's user evaluations (brugerevaluering, §9).
 * <p>
 * Rules kept here:
 * <ul>
 *     <li>§9, more than 3 hours: the case is selected for user evaluation in the command whose meeting takes
 *     it over 3 hours, once and for good ({@link EvaluationSelectionPolicy}).</li>
 *     <li>§9, reliable data: a wrong registration or meeting is corrected or withdrawn with a reason, never
 *     overwritten; a correction that changes nothing is refused.</li>
 *     <li>A closed case takes no more meetings, referrals or corrections; a user evaluation may still arrive,
 *     because companies are evaluated after their guidance ends.</li>
 * </ul>
 * The 20-hour rule (§5.1) spans all of a company's cases at a house and so lives in
 * {@link CompanyHoursLedger}, fed by {@link TwentyHourPolicy}.
 * <p>
 * Opening a case whose id is already taken is refused by the event store (Axon's
 * {@code AggregateStreamCreationException}), not here: the aggregate cannot see other streams.
 * <p>
 * Snapshots ({@code guidanceCaseSnapshotTrigger}) are written by the log's Jackson serializer, which reads
 * and writes the fields directly: every field below is state that must survive a snapshot.
 */
@Aggregate(snapshotTriggerDefinition = "guidanceCaseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class GuidanceCase {

    @AggregateIdentifier
    private String caseId;
    private House house;
    private Cvr cvr;
    private Office office;
    private PNumber pNumber;
    private LocalDate foundedOn;
    private Segment segment;
    private List<Theme> themes;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private boolean selectedForEvaluation;
    private Map<String, Meeting> meetings = new LinkedHashMap<>();
    private Set<String> referralIds = new HashSet<>();
    private Set<String> evaluationIds = new HashSet<>();

    /** A meeting as it now stands: recorded, possibly corrected, possibly withdrawn. */
    record Meeting(String adviserId, MeetingForm form, BigDecimal hours, List<Theme> themes, LocalDate heldOn,
                   boolean withdrawn) {

        Meeting withdraw() {
            return new Meeting(adviserId, form, hours, themes, heldOn, true);
        }

        boolean sameFactsAs(Meeting other) {
            return adviserId.equals(other.adviserId) && form == other.form && hours.compareTo(other.hours) == 0
                    && sameThemes(themes, other.themes) && heldOn.equals(other.heldOn);
        }
    }

    protected GuidanceCase() {
        // for Axon, which sources the case from its events, and for snapshots
    }

    @CommandHandler
    public GuidanceCase(OpenGuidanceCase command, CommandMessage<OpenGuidanceCase> message, Clock clock) {
        LocalDate today = today(clock);
        String id = requireId("caseId", command.caseId());
        House houseOfCase = requirePresent("house", command.house());
        ActingHouse.check(message, houseOfCase);
        Office officeOfCase = requirePresent("office", command.office());
        Cvr company = requireCvr(command.cvr());
        PNumber productionUnit = requirePNumber(command.pNumber());
        LocalDate founded = requireFoundedOn(command.foundedOn(), today);
        Segment customerSegment = requirePresent("segment", command.segment());
        List<Theme> themesOfCase = requireThemes(command.themes());
        LocalDate opened = requireOpenedOn(command.openedOn(), founded, today);
        apply(new GuidanceCaseOpened(id, houseOfCase, company, officeOfCase, productionUnit, founded,
                customerSegment, themesOfCase, opened));
    }

    /** Every command on an existing case: only its own house may record on it. */
    @CommandHandlerInterceptor
    void onlyItsOwnHouse(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ActingHouse.check(command, house);
        chain.proceed();
    }

    @CommandHandler
    public void handle(RecordGuidanceMeeting command, Clock clock) {
        requireOpen();
        String meetingId = requireId("meetingId", command.meetingId());
        requireNewMeeting(meetingId);
        Meeting meeting = requireValidMeeting(command.adviserId(), command.form(), command.hours(), command.themes(),
                command.heldOn(), today(clock));
        apply(new GuidanceMeetingRecorded(caseId, house, cvr, meetingId, meeting.adviserId(), meeting.form(),
                meeting.hours(), meeting.themes(), meeting.heldOn()));
        selectForEvaluationIfDue(meeting.heldOn());
    }

    @CommandHandler
    public void handle(CorrectGuidanceMeeting command, Clock clock) {
        requireOpen();
        String meetingId = requireId("meetingId", command.meetingId());
        Meeting current = requireCountingMeeting(meetingId);
        Meeting corrected = requireValidMeeting(command.adviserId(), command.form(), command.hours(),
                command.themes(), command.heldOn(), today(clock));
        String reason = requireFreeText("reason", command.reason());
        if (corrected.sameFactsAs(current)) {
            throw noChange("meeting " + meetingId);
        }
        apply(new GuidanceMeetingCorrected(caseId, house, cvr, meetingId, corrected.adviserId(), corrected.form(),
                corrected.hours(), corrected.themes(), corrected.heldOn(), reason));
        selectForEvaluationIfDue(corrected.heldOn());
    }

    @CommandHandler
    public void handle(WithdrawGuidanceMeeting command) {
        requireOpen();
        String meetingId = requireId("meetingId", command.meetingId());
        requireCountingMeeting(meetingId);
        String reason = requireFreeText("reason", command.reason());
        apply(new GuidanceMeetingWithdrawn(caseId, house, cvr, meetingId, reason));
    }

    @CommandHandler
    public void handle(ReferCompany command, Clock clock) {
        requireOpen();
        String referralId = requireId("referralId", command.referralId());
        if (referralIds.contains(referralId)) {
            throw new StateConflict("referralId", "referralId.duplicate",
                    "referral " + referralId + " is already registered on case " + caseId);
        }
        ReferralPartner partner = requirePresent("partner", command.partner());
        PartnerCategory category = command.category() != null ? command.category() : partner.defaultCategory();
        String partnerName = requirePartnerName(partner, command.partnerName());
        LocalDate referredOn = requireNotInFuture("referredOn", command.referredOn(), today(clock));
        apply(new CompanyReferred(caseId, house, cvr, referralId, partner, category, partnerName, referredOn));
    }

    /** Allowed on a closed case: the evaluation is sent when guidance ends and answered after. */
    @CommandHandler
    public void handle(RecordUserEvaluation command, Clock clock) {
        String evaluationId = requireId("evaluationId", command.evaluationId());
        if (evaluationIds.contains(evaluationId)) {
            throw new StateConflict("evaluationId", "evaluationId.duplicate",
                    "evaluation " + evaluationId + " is already registered on case " + caseId);
        }
        int recommendScore = requireRecommendScore(command.recommendScore());
        requireSustainabilityAnswerApplies(command.sustainabilityHelpedToHighDegree());
        LocalDate receivedOn = requireNotInFuture("receivedOn", command.receivedOn(), today(clock));
        apply(new UserEvaluationReceived(caseId, house, cvr, evaluationId, recommendScore, command.referralUsed(),
                command.sustainabilityHelpedToHighDegree(), receivedOn));
    }

    @CommandHandler
    public void handle(CorrectCaseRegistration command, Clock clock) {
        requireOpen();
        LocalDate today = today(clock);
        Office correctedOffice = command.office() != null ? command.office() : office;
        PNumber correctedPNumber = command.pNumber() != null ? requirePNumber(command.pNumber()) : pNumber;
        LocalDate correctedFoundedOn = command.foundedOn() != null
                ? requireFoundingStillFits(requireFoundedOn(command.foundedOn(), today))
                : foundedOn;
        Segment correctedSegment = command.segment() != null ? command.segment() : segment;
        List<Theme> correctedThemes = command.themes() != null ? requireThemes(command.themes()) : themes;
        String reason = requireFreeText("reason", command.reason());
        if (correctedOffice == office && correctedPNumber.equals(pNumber) && correctedFoundedOn.equals(foundedOn)
                && correctedSegment == segment && sameThemes(correctedThemes, themes)) {
            throw noChange("the registration of case " + caseId);
        }
        apply(new CaseRegistrationCorrected(caseId, house, cvr, correctedOffice, correctedPNumber,
                correctedFoundedOn, correctedSegment, correctedThemes, reason));
    }

    @CommandHandler
    public void handle(CloseGuidanceCase command, Clock clock) {
        requireOpen();
        LocalDate closed = requireNotInFuture("closedOn", command.closedOn(), today(clock));
        if (closed.isBefore(openedOn)) {
            throw invalid("closedOn", "closedOn.beforeOpened",
                    "closedOn " + closed + " is before the case was opened, " + openedOn);
        }
        apply(new GuidanceCaseClosed(caseId, house, cvr, closed));
    }

    // ---- guards that need the case's state

    private void requireOpen() {
        if (closedOn != null) {
            throw new StateConflict(null, "case.closed", "case " + caseId + " was closed on " + closedOn);
        }
    }

    private static LocalDate requireOpenedOn(LocalDate openedOn, LocalDate foundedOn, LocalDate today) {
        requireNotInFuture("openedOn", openedOn, today);
        if (openedOn.isBefore(foundedOn)) {
            throw invalid("openedOn", "openedOn.beforeFounded",
                    "openedOn " + openedOn + " is before the company was founded, " + foundedOn);
        }
        return openedOn;
    }

    /** A corrected founding date must still precede the case and every meeting that counts. */
    private LocalDate requireFoundingStillFits(LocalDate corrected) {
        if (corrected.isAfter(openedOn)) {
            throw invalid("foundedOn", "foundedOn.afterOpened",
                    "foundedOn " + corrected + " is after the case was opened, " + openedOn);
        }
        countingMeetings().stream()
                .filter(meeting -> meeting.heldOn().isBefore(corrected))
                .findFirst()
                .ifPresent(meeting -> {
                    throw invalid("foundedOn", "foundedOn.afterMeeting",
                            "foundedOn " + corrected + " is after a meeting held on " + meeting.heldOn());
                });
        return corrected;
    }

    private void requireNewMeeting(String meetingId) {
        if (meetings.containsKey(meetingId)) {
            throw new StateConflict("meetingId", "meetingId.duplicate",
                    "meeting " + meetingId + " is already recorded on case " + caseId);
        }
    }

    private Meeting requireCountingMeeting(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw new NotFound("meetingId", "meetingId.unknown",
                    "case " + caseId + " has no meeting " + meetingId);
        }
        if (meeting.withdrawn()) {
            throw new StateConflict("meetingId", "meetingId.withdrawn",
                    "meeting " + meetingId + " of case " + caseId + " has been withdrawn");
        }
        return meeting;
    }

    private Meeting requireValidMeeting(String adviserId, MeetingForm form, BigDecimal hours, List<Theme> themes,
                                        LocalDate heldOn, LocalDate today) {
        return new Meeting(requireId("adviserId", adviserId), requirePresent("form", form),
                requireMeetingHours(hours), requireThemes(themes), requireHeldOn(heldOn, today), false);
    }

    private LocalDate requireHeldOn(LocalDate heldOn, LocalDate today) {
        requireNotInFuture("heldOn", heldOn, today);
        if (heldOn.isBefore(AGREEMENT_START)) {
            throw invalid("heldOn", "heldOn.beforeAgreement",
                    "heldOn " + heldOn + " is before the agreement period began, " + AGREEMENT_START);
        }
        if (heldOn.isBefore(foundedOn)) {
            throw invalid("heldOn", "heldOn.beforeFounded",
                    "heldOn " + heldOn + " is before the company was founded, " + foundedOn);
        }
        return heldOn;
    }

    /** Private advisers and banks are named (who got the business matters for §5.1); other partners are not. */
    private static String requirePartnerName(ReferralPartner partner, String partnerName) {
        boolean named = partner == ReferralPartner.PRIVATE_ADVISER || partner == ReferralPartner.BANK_OR_BUSINESS_ANGEL;
        if (named) {
            return requireName("partnerName", partnerName);
        }
        if (partnerName != null && !partnerName.isBlank()) {
            throw invalid("partnerName", "partnerName.notApplicable",
                    "partnerName is only registered for a private adviser or a bank or business angel, not for "
                            + partner);
        }
        return null;
    }

    private static int requireRecommendScore(Integer score) {
        requirePresent("recommendScore", score);
        if (score < 0 || score > 10) {
            throw invalid("recommendScore", "recommendScore.range", "recommendScore " + score + " is not within 0-10");
        }
        return score;
    }

    /** Goal 6 (§8.1) asks only companies guided on sustainability; an answer from anyone else would skew it. */
    private void requireSustainabilityAnswerApplies(Boolean answer) {
        if (answer != null && !hasSustainabilityTheme()) {
            throw invalid("sustainabilityHelpedToHighDegree", "sustainabilityHelpedToHighDegree.notApplicable",
                    "case " + caseId + " has no sustainability theme, so the sustainability question does not apply");
        }
    }

    /** A correction is a fact in the log; one that changes nothing would only add noise to the audit trail. */
    private static InvalidInput noChange(String what) {
        return invalid(null, "correction.noChange", "the correction changes nothing in " + what);
    }

    // ---- the 3-hour rule

    private void selectForEvaluationIfDue(LocalDate meetingHeldOn) {
        BigDecimal hours = countingHours();
        if (EvaluationSelectionPolicy.mustSelect(hours, selectedForEvaluation)) {
            apply(new CaseSelectedForUserEvaluation(caseId, house, cvr, hours, meetingHeldOn));
        }
    }

    private List<Meeting> countingMeetings() {
        return meetings.values().stream().filter(meeting -> !meeting.withdrawn()).toList();
    }

    private BigDecimal countingHours() {
        return countingMeetings().stream().map(Meeting::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean hasSustainabilityTheme() {
        return themes.stream().anyMatch(Theme::isSustainability)
                || countingMeetings().stream().flatMap(meeting -> meeting.themes().stream())
                .anyMatch(Theme::isSustainability);
    }

    /** Themes are a set in meaning; their order in a list is no change. */
    private static boolean sameThemes(List<Theme> a, List<Theme> b) {
        return toSet(a).equals(toSet(b));
    }

    private static Set<Theme> toSet(List<Theme> themes) {
        return themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    // ---- state

    @EventSourcingHandler
    void on(GuidanceCaseOpened event) {
        caseId = event.caseId();
        house = event.house();
        cvr = event.cvr();
        office = event.office();
        pNumber = event.pNumber();
        foundedOn = event.foundedOn();
        segment = event.segment();
        themes = event.themes();
        openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(GuidanceMeetingRecorded event) {
        meetings.put(event.meetingId(), new Meeting(event.adviserId(), event.form(), event.hours(), event.themes(),
                event.heldOn(), false));
    }

    @EventSourcingHandler
    void on(GuidanceMeetingCorrected event) {
        meetings.put(event.meetingId(), new Meeting(event.adviserId(), event.form(), event.hours(), event.themes(),
                event.heldOn(), false));
    }

    @EventSourcingHandler
    void on(GuidanceMeetingWithdrawn event) {
        meetings.computeIfPresent(event.meetingId(), (id, meeting) -> meeting.withdraw());
    }

    @EventSourcingHandler
    void on(CaseSelectedForUserEvaluation event) {
        selectedForEvaluation = true;
    }

    @EventSourcingHandler
    void on(CompanyReferred event) {
        referralIds.add(event.referralId());
    }

    @EventSourcingHandler
    void on(UserEvaluationReceived event) {
        evaluationIds.add(event.evaluationId());
    }

    @EventSourcingHandler
    void on(CaseRegistrationCorrected event) {
        office = event.office();
        pNumber = event.pNumber();
        foundedOn = event.foundedOn();
        segment = event.segment();
        themes = event.themes();
    }

    @EventSourcingHandler
    void on(GuidanceCaseClosed event) {
        closedOn = event.closedOn();
    }
}
