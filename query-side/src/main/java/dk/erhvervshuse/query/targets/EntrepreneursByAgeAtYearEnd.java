package dk.erhvervshuse.query.targets;

import java.time.LocalDate;

/**
 * Goal 1 (iværksættere), version 2: distinct companies with a counting meeting at the house in the year that
 * were under 3 years old on 31 December of the year, instead of at their first meeting of the year. See
 * {@link DefinitionChoices#GOAL1_V2}.
 */
public class EntrepreneursByAgeAtYearEnd extends EntrepreneursByAgeAtFirstMeeting {

    public EntrepreneursByAgeAtYearEnd() {
        super("v2", DefinitionChoices.GOAL1_V2);
    }

    /** Version 2: the last day of the year. */
    @Override
    protected LocalDate ageDate(HeldMeeting firstMeeting, int year) {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    protected String atWhen(HeldMeeting firstMeeting, int year) {
        return "at the end of " + year;
    }
}
