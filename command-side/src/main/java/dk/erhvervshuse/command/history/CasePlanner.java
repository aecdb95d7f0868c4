package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.command.guidance.EvaluationSelectionPolicy;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.erhvervshuse.command.history.BusinessCalendar.dateOf;
import static dk.erhvervshuse.command.history.BusinessCalendar.plusBusinessDays;
import static dk.erhvervshuse.command.history.ScriptedCommand.ADVISER;

/**
 * One guidance case (vejledningsforløb, §5.1) from opening to closing, as an adviser registers it: the
 * opening with the registration minimum of §9, one to six meetings, referrals, the odd correction or
 * withdrawal, the closing some weeks after the last meeting and the company's answer to the user evaluation.
 * <p>
 * The case is planned whole and then cut at {@code until}. Whether the case passes 3 hours, and so is selected
 * for evaluation (§9), is worked out from the commands that survive the cut, in the order they will be sent,
 * with the command side's own {@link EvaluationSelectionPolicy}.
 */
final class CasePlanner {

    /** Share of cases with a sustainability theme (goal 6). */
    static final double SUSTAINABILITY_SHARE = 0.20;
    /** Share of cases on a long, intensive course of six meetings of 3.5–4 hours: they pass 20 hours (§5.1). */
    static final double INTENSIVE_SHARE = 0.03;
    static final double REFERRAL_SHARE = 0.45;
    static final double CORRECTED_MEETING_SHARE = 0.02;
    static final double DUPLICATED_MEETING_SHARE = 0.005;
    static final double CORRECTED_REGISTRATION_SHARE = 0.01;
    static final double CLOSED_SHARE = 0.9;
    static final double ANSWER_SHARE_SELECTED = 0.70;
    /** All guided companies are evaluated (§9); those under 3 hours answer less often. */
    static final double ANSWER_SHARE_NOT_SELECTED = 0.15;
    static final double REFERRAL_USED_SHARE = 0.60;
    static final double SUSTAINABILITY_HELPED_SHARE = 0.75;

    private static final BigDecimal NORMAL_CASE_MAX_HOURS = new BigDecimal("16.00");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.50");
    private static final BigDecimal MAX_HOURS = new BigDecimal("4.00");
    private static final LocalDate AGREEMENT_START = LocalDate.of(HistoryOptions.EARLIEST_YEAR, 1, 1);

    private final LocalDate until;
    private final CompanyNumbers numbers;

    CasePlanner(LocalDate until, CompanyNumbers numbers) {
        this.until = until;
        this.numbers = numbers;
    }

    /** The case's commands in recording order, and the day it was closed (null when not closed by {@code until}). */
    record Outcome(List<ScriptedCommand> commands, LocalDate closedOn) {
    }

    private static final class Meeting {
        final String meetingId;
        final String adviserId;
        final MeetingForm form;
        final List<Theme> themes;
        LocalDate heldOn;
        BigDecimal hours;
        Instant recordedAt;

        Meeting(String meetingId, String adviserId, MeetingForm form, List<Theme> themes, LocalDate heldOn,
                BigDecimal hours) {
            this.meetingId = meetingId;
            this.adviserId = adviserId;
            this.form = form;
            this.themes = themes;
            this.heldOn = heldOn;
            this.hours = hours;
        }
    }

    Outcome plan(String caseId, House house, Company company, LocalDate openedOn, String adviserId,
                 List<String> colleagues, Draw draw) {
        Timeline timeline = new Timeline(until);
        Office office = draw.chance(0.72) ? Office.HEAD_OFFICE : Office.BRANCH;
        boolean sustainability = draw.chance(SUSTAINABILITY_SHARE);
        List<Theme> themes = Vocabulary.caseThemes(draw, sustainability);
        Segment segment = company.segment;

        ScriptedCommand opening = timeline.add(Timeline.registered(draw, openedOn, null), openedOn,
                new OpenGuidanceCase(caseId, house, office, company.cvr, company.pNumber, company.foundedOn,
                        segment, themes, openedOn), adviserId, ADVISER, house);
        if (opening == null) {
            return new Outcome(List.of(), null);
        }

        List<Meeting> meetings = recordMeetings(timeline, draw, caseId, house, openedOn, adviserId, colleagues,
                themes, opening.recordedAt());
        int nextMeetingNumber = meetings.size() + 1;
        for (Meeting meeting : List.copyOf(meetings)) {
            if (draw.chance(DUPLICATED_MEETING_SHARE)) {
                recordDuplicateAndWithdrawIt(timeline, draw, caseId, house, meeting, "m-" + nextMeetingNumber++);
            }
        }
        for (Meeting meeting : meetings) {
            if (draw.chance(CORRECTED_MEETING_SHARE)) {
                correct(timeline, draw, caseId, house, meeting, openedOn, company.foundedOn);
            }
        }
        boolean referred = !meetings.isEmpty() && draw.chance(REFERRAL_SHARE)
                && refer(timeline, draw, caseId, house, meetings, adviserId);
        if (draw.chance(CORRECTED_REGISTRATION_SHARE)) {
            correctRegistration(timeline, draw, caseId, house, company, openedOn, opening.recordedAt(), adviserId);
        }

        // What the case holds once its registrations have been sent, in the order they will be sent.
        List<ScriptedCommand> body = timeline.inOrder();
        CountingMeetings counting = CountingMeetings.of(body);
        if (counting.lastHeldOn == null) {
            return new Outcome(body, null);
        }
        Instant bodyEnd = timeline.latest();

        LocalDate closedOn = null;
        if (draw.chance(CLOSED_SHARE)) {
            LocalDate closingDay = plusBusinessDays(counting.lastHeldOn, draw.between(10, 50));
            ScriptedCommand closing = timeline.add(Timeline.registered(draw, closingDay, bodyEnd), closingDay,
                    new CloseGuidanceCase(caseId, closingDay), adviserId, ADVISER, house);
            closedOn = closing == null ? null : closingDay;
        }
        if (draw.chance(counting.selected ? ANSWER_SHARE_SELECTED : ANSWER_SHARE_NOT_SELECTED)) {
            LocalDate receivedOn = plusBusinessDays(counting.lastHeldOn, draw.between(10, 40));
            Boolean referralUsed = referred ? draw.chance(REFERRAL_USED_SHARE) : null;
            Boolean helped = sustainability ? draw.chance(SUSTAINABILITY_HELPED_SHARE) : null;
            timeline.add(Timeline.registered(draw, receivedOn, bodyEnd), receivedOn,
                    new RecordUserEvaluation(caseId, "e-1", Vocabulary.recommendScore(draw, segment), referralUsed,
                            helped, receivedOn), adviserId, ADVISER, house);
        }
        return new Outcome(timeline.inOrder(), closedOn);
    }

    private List<Meeting> recordMeetings(Timeline timeline, Draw draw, String caseId, House house, LocalDate openedOn,
                                         String adviserId, List<String> colleagues, List<Theme> themes,
                                         Instant openingRecordedAt) {
        boolean intensive = draw.chance(INTENSIVE_SHARE);
        int count = intensive ? 6 : 1 + draw.weighted(40, 27, 15, 9, 5, 4);
        List<Meeting> planned = new ArrayList<>();
        LocalDate day = draw.chance(0.8) ? openedOn : plusBusinessDays(openedOn, draw.between(1, 10));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                day = plusBusinessDays(day, intensive ? draw.between(12, 30) : draw.between(5, 45));
            }
            BigDecimal hours = intensive ? Vocabulary.intensiveMeetingHours(draw) : Vocabulary.meetingHours(draw);
            if (!intensive && total.add(hours).compareTo(NORMAL_CASE_MAX_HOURS) > 0) {
                break;
            }
            total = total.add(hours);
            String by = draw.chance(0.9) || colleagues.isEmpty() ? adviserId : draw.pick(colleagues);
            MeetingForm form = draw.chance(0.55) ? MeetingForm.PHYSICAL : MeetingForm.DIGITAL;
            planned.add(new Meeting("m-" + (i + 1), by, form, Vocabulary.meetingThemes(draw, themes, i == 0), day,
                    hours));
        }
        List<Meeting> recorded = new ArrayList<>();
        Instant previous = openingRecordedAt;
        for (Meeting meeting : planned) {
            ScriptedCommand command = timeline.add(Timeline.registered(draw, meeting.heldOn, previous), meeting.heldOn,
                    new RecordGuidanceMeeting(caseId, meeting.meetingId, meeting.adviserId, meeting.form,
                            meeting.hours, meeting.themes, meeting.heldOn), meeting.adviserId, ADVISER, house);
            if (command == null) {
                break;
            }
            meeting.recordedAt = command.recordedAt();
            previous = command.recordedAt();
            recorded.add(meeting);
        }
        return recorded;
    }

    /** The same meeting registered twice, and the second registration withdrawn when someone notices. */
    private static void recordDuplicateAndWithdrawIt(Timeline timeline, Draw draw, String caseId, House house,
                                                     Meeting original, String duplicateId) {
        ScriptedCommand duplicate = timeline.add(Timeline.after(draw, dateOf(original.recordedAt), original.recordedAt),
                original.heldOn, new RecordGuidanceMeeting(caseId, duplicateId, original.adviserId, original.form,
                        original.hours, original.themes, original.heldOn), original.adviserId, ADVISER, house);
        if (duplicate == null) {
            return;
        }
        LocalDate noticed = plusBusinessDays(dateOf(duplicate.recordedAt()), draw.between(1, 10));
        timeline.add(Timeline.after(draw, noticed, duplicate.recordedAt()), null,
                new WithdrawGuidanceMeeting(caseId, duplicateId, Vocabulary.DUPLICATE_REASON), original.adviserId,
                ADVISER, house);
    }

    /** A meeting registered with the wrong hours or on the wrong day, corrected a few days later. */
    private static void correct(Timeline timeline, Draw draw, String caseId, House house, Meeting meeting,
                                LocalDate openedOn, LocalDate foundedOn) {
        LocalDate correctionDay = plusBusinessDays(dateOf(meeting.recordedAt), draw.between(1, 15));
        BigDecimal hours = meeting.hours;
        LocalDate heldOn = meeting.heldOn;
        String reason = Vocabulary.HOURS_REASON;
        if (draw.chance(0.4)) {
            int shift = draw.between(1, 3) * (draw.chance(0.5) ? 1 : -1);
            LocalDate shifted = plusBusinessDays(meeting.heldOn, shift);
            LocalDate earliest = max(max(openedOn, foundedOn), AGREEMENT_START);
            if (!shifted.isBefore(earliest) && !shifted.isAfter(correctionDay)) {
                heldOn = shifted;
                reason = Vocabulary.DATE_REASON;
            }
        }
        if (heldOn.equals(meeting.heldOn)) {
            hours = otherHours(draw, meeting.hours);
        }
        ScriptedCommand correction = timeline.add(Timeline.after(draw, correctionDay, meeting.recordedAt), heldOn,
                new CorrectGuidanceMeeting(caseId, meeting.meetingId, meeting.adviserId, meeting.form, hours,
                        meeting.themes, heldOn, reason), meeting.adviserId, ADVISER, house);
        if (correction != null) {
            meeting.hours = hours;
            meeting.heldOn = heldOn;
        }
    }

    /** One or two referrals (§5.2), each registered after the meeting it came out of; false when none survived. */
    private static boolean refer(Timeline timeline, Draw draw, String caseId, House house, List<Meeting> meetings,
                                 String adviserId) {
        int count = draw.chance(0.8) ? 1 : 2;
        Set<ReferralPartner> partners = EnumSet.noneOf(ReferralPartner.class);
        boolean referred = false;
        for (int i = 1; i <= count; i++) {
            ReferralPartner partner = Vocabulary.partner(draw);
            if (!partners.add(partner)) {
                continue;
            }
            Meeting meeting = draw.pick(meetings);
            LocalDate referredOn = plusBusinessDays(meeting.heldOn, draw.between(0, 3));
            ScriptedCommand referral = timeline.add(Timeline.registered(draw, referredOn, meeting.recordedAt),
                    referredOn, new ReferCompany(caseId, "r-" + i, partner, partner.defaultCategory(),
                            Vocabulary.partnerName(draw, partner), referredOn), adviserId, ADVISER, house);
            referred |= referral != null;
        }
        return referred;
    }

    private void correctRegistration(Timeline timeline, Draw draw, String caseId, House house, Company company,
                                     LocalDate openedOn, Instant openingRecordedAt, String adviserId) {
        LocalDate day = plusBusinessDays(openedOn, draw.between(1, 15));
        boolean segmentWrong = draw.chance(0.6);
        Segment segment = company.segment == Segment.GROWTH ? Segment.OPERATIONS : Segment.GROWTH;
        String pNumber = segmentWrong ? null : numbers.nextPNumber();
        CorrectCaseRegistration correction = segmentWrong
                ? new CorrectCaseRegistration(caseId, null, null, null, segment, null, Vocabulary.SEGMENT_REASON)
                : new CorrectCaseRegistration(caseId, null, pNumber, null, null, null, Vocabulary.P_NUMBER_REASON);
        ScriptedCommand scripted = timeline.add(Timeline.after(draw, day, openingRecordedAt), null, correction,
                adviserId, ADVISER, house);
        if (scripted != null) {
            if (segmentWrong) {
                company.segment = segment;
            } else {
                company.pNumber = pNumber;
            }
        }
    }

    /** Hours a quarter to a full hour off the registered ones, within 0.5–4 and in quarters, as advisers register them. */
    private static BigDecimal otherHours(Draw draw, BigDecimal registered) {
        List<BigDecimal> candidates = new ArrayList<>();
        for (int quarters = -4; quarters <= 4; quarters++) {
            BigDecimal candidate = registered.add(QUARTER.multiply(BigDecimal.valueOf(quarters)));
            if (quarters != 0 && candidate.compareTo(MIN_HOURS) >= 0 && candidate.compareTo(MAX_HOURS) <= 0) {
                candidates.add(candidate);
            }
        }
        return draw.pick(candidates);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The case's meetings as they stand after its registrations, replayed in sending order: whether it passed
     * 3 hours at some point (selected for evaluation, once and for good), and its last meeting.
     */
    private record CountingMeetings(boolean selected, LocalDate lastHeldOn) {

        static CountingMeetings of(List<ScriptedCommand> ordered) {
            Map<String, BigDecimal> hours = new HashMap<>();
            Map<String, LocalDate> heldOn = new HashMap<>();
            boolean selected = false;
            for (ScriptedCommand scripted : ordered) {
                Object command = scripted.command();
                if (command instanceof RecordGuidanceMeeting meeting) {
                    hours.put(meeting.meetingId(), meeting.hours());
                    heldOn.put(meeting.meetingId(), meeting.heldOn());
                } else if (command instanceof CorrectGuidanceMeeting correction) {
                    hours.put(correction.meetingId(), correction.hours());
                    heldOn.put(correction.meetingId(), correction.heldOn());
                } else if (command instanceof WithdrawGuidanceMeeting withdrawal) {
                    hours.remove(withdrawal.meetingId());
                    heldOn.remove(withdrawal.meetingId());
                    continue;
                } else {
                    continue;
                }
                BigDecimal total = hours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                selected |= EvaluationSelectionPolicy.mustSelect(total, selected);
            }
            LocalDate last = heldOn.values().stream().max(Comparator.naturalOrder()).orElse(null);
            return new CountingMeetings(selected, last);
        }
    }
}
