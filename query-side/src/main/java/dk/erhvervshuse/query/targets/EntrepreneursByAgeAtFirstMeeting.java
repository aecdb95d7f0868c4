package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Goal 1 (iværksættere), version 1: distinct companies under 3 years old at their first counting meeting
 * of the year at the house. See {@link DefinitionChoices#GOAL1_V1}. A later version that tells the age at
 * another date (year end, say) overrides {@link #ageDate} and {@link #atWhen}.
 */
public class EntrepreneursByAgeAtFirstMeeting extends CompanyCount {

    /** A meeting with the case it belongs to. */
    protected record HeldMeeting(CaseFacts guidanceCase, MeetingFacts meeting) {
    }

    private static final Comparator<HeldMeeting> FIRST_HELD = Comparator
            .comparing((HeldMeeting held) -> held.meeting().heldOn())
            .thenComparingLong(held -> held.meeting().position());

    public EntrepreneursByAgeAtFirstMeeting() {
        this("v1", DefinitionChoices.GOAL1_V1);
    }

    protected EntrepreneursByAgeAtFirstMeeting(String version, String description) {
        super(NationalGoal.ENTREPRENEURS, version, description);
    }

    /** The day the company's age is told at. Version 1: the day of its first counting meeting of the year. */
    protected LocalDate ageDate(HeldMeeting firstMeeting, int year) {
        return firstMeeting.meeting().heldOn();
    }

    /** That day in words, e.g. "at its first meeting on 2025-03-04". */
    protected String atWhen(HeldMeeting firstMeeting, int year) {
        return "at its first meeting on " + firstMeeting.meeting().heldOn();
    }

    @Override
    public Set<Integer> years(CompanyFacts company, House house) {
        Set<Integer> years = new TreeSet<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            if (guidanceCase.openedOn() != null) {
                years.add(guidanceCase.openedOn().getYear());
            }
            for (MeetingFacts meeting : guidanceCase.meetings()) {
                if (meeting.heldOn() != null) {
                    years.add(meeting.heldOn().getYear());
                }
            }
        }
        return years;
    }

    @Override
    public List<Contribution> contributions(CompanyFacts company, House house, int year) {
        String cvr = company.cvr();
        List<HeldMeeting> counting = new ArrayList<>();
        List<HeldMeeting> withdrawn = new ArrayList<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            for (MeetingFacts meeting : guidanceCase.meetings()) {
                if (meeting.heldIn(year)) {
                    (meeting.counts() ? counting : withdrawn).add(new HeldMeeting(guidanceCase, meeting));
                }
            }
        }
        if (counting.isEmpty()) {
            return noCountingMeeting(company, house, year, withdrawn);
        }
        HeldMeeting first = counting.stream().min(FIRST_HELD).orElseThrow();
        CaseFacts guidanceCase = first.guidanceCase();
        List<Long> positions = List.of(guidanceCase.registrationPosition(), first.meeting().position());
        LocalDate foundedOn = guidanceCase.foundedOn();
        if (foundedOn == null) {
            return List.of(Contribution.excluded(cvr, cvr, guidanceCase.caseId(), "no founding date registered on case "
                    + guidanceCase.caseId() + ", so its age " + atWhen(first, year) + " is unknown", positions));
        }
        LocalDate ageDate = ageDate(first, year);
        String founded = " (founded " + foundedOn + ")";
        if (ageDate.isBefore(foundedOn)) {
            return List.of(Contribution.counted(cvr, cvr, guidanceCase.caseId(), "company not yet founded "
                    + atWhen(first, year) + founded + ": under " + DefinitionChoices.ENTREPRENEUR_AGE_LIMIT_YEARS
                    + " years", positions));
        }
        boolean entrepreneur = ageDate.isBefore(foundedOn.plusYears(DefinitionChoices.ENTREPRENEUR_AGE_LIMIT_YEARS));
        String reason = "company " + Wording.age(foundedOn, ageDate) + " old " + atWhen(first, year) + founded
                + (entrepreneur ? ": under " : ": not under ") + DefinitionChoices.ENTREPRENEUR_AGE_LIMIT_YEARS
                + " years";
        return List.of(entrepreneur
                ? Contribution.counted(cvr, cvr, guidanceCase.caseId(), reason, positions)
                : Contribution.excluded(cvr, cvr, guidanceCase.caseId(), reason, positions));
    }

    private static List<Contribution> noCountingMeeting(CompanyFacts company, House house, int year,
                                                        List<HeldMeeting> withdrawn) {
        String cvr = company.cvr();
        if (!withdrawn.isEmpty()) {
            withdrawn.sort(FIRST_HELD);
            List<String> described = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            for (HeldMeeting held : withdrawn) {
                MeetingFacts meeting = held.meeting();
                described.add(meeting.meetingId() + " on " + meeting.heldOn() + (meeting.withdrawalReason() == null
                        ? "" : " (" + meeting.withdrawalReason() + ")"));
                positions.add(meeting.position());
            }
            return List.of(Contribution.excluded(cvr, cvr, withdrawn.get(0).guidanceCase().caseId(),
                    "no meeting that counts in " + year + ": withdrawn " + Wording.list(described), positions));
        }
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            if (guidanceCase.openedOn() != null && guidanceCase.openedOn().getYear() == year) {
                return List.of(Contribution.excluded(cvr, cvr, guidanceCase.caseId(), "case " + guidanceCase.caseId()
                        + " opened on " + guidanceCase.openedOn() + ", but no meeting held in " + year,
                        List.of(guidanceCase.registrationPosition())));
            }
        }
        return List.of();
    }
}
