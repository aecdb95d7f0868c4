package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * A guidance case (vejledningsforløb) as currently registered: corrections of the registration (house,
 * founding date, segment, themes) apply, the earlier values do not.
 *
 * @param registrationPosition log position of the event that last set the registration (opening or correction)
 * @param closedPosition       log position of the closing, 0 while open
 */
public record CaseFacts(String caseId, House house, LocalDate foundedOn, Segment segment, List<Theme> themes,
                        LocalDate openedOn, LocalDate closedOn, List<MeetingFacts> meetings,
                        List<ReferralFacts> referrals, List<EvaluationFacts> evaluations, long registrationPosition,
                        long closedPosition) {

    public CaseFacts {
        themes = themes == null ? List.of() : List.copyOf(themes);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    /** Guided on sustainability: a sustainability theme in the registration or in a meeting that counts. */
    public boolean guidedOnSustainability() {
        if (themes.stream().anyMatch(Theme::isSustainability)) {
            return true;
        }
        return meetings.stream().filter(MeetingFacts::counts)
                .anyMatch(meeting -> meeting.themes().stream().anyMatch(Theme::isSustainability));
    }
}
