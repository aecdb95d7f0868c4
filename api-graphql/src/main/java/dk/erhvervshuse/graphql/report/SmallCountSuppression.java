package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ReportLine;

/**
 * The rule for exports marked public (the houses' and the parties' published result statements, agreement §10.4):
 * no number may single out a handful of companies. The agreement sets no threshold; this is the registry's choice,
 * made here only, following the data-minimisation principle of GDPR art. 5(1)(c) and the usual practice of
 * statistical disclosure control:
 * <ul>
 *     <li>a count of 1 to {@value #THRESHOLD_MINUS_ONE} (companies, cases, evaluations, respondents, deliveries) shows
 *     as {@value #SMALL_COUNT}; 0 shows as 0, and counts of {@value #THRESHOLD} or more as they are;</li>
 *     <li>a value computed from 1 to {@value #THRESHOLD_MINUS_ONE} companies is left out with whether it meets its
 *     target and, for an effect, the companies' mean growth; the note says so ({@value #SUPPRESSED_NOTE}). What a
 *     value is computed from: a share's denominator, an NPS's respondents, otherwise the entries counted.</li>
 * </ul>
 * Internal exports (not public) show every number. Not covered: a house's count worked out as the national total
 * less the other houses' (secondary suppression), which the national report's house rows would need where one
 * house alone is small.
 */
final class SmallCountSuppression {

    static final int THRESHOLD = 5;
    static final int THRESHOLD_MINUS_ONE = THRESHOLD - 1;
    static final String SMALL_COUNT = "<5";
    static final String SUPPRESSED_NOTE = "suppressed: computed from fewer than 5 companies";

    private SmallCountSuppression() {
    }

    /** A count as a public export shows it. */
    static String count(Integer count) {
        if (count == null) {
            return "";
        }
        return count > 0 && count < THRESHOLD ? SMALL_COUNT : count.toString();
    }

    /** The value of this line rests on 1 to 4 companies. */
    static boolean suppressesValue(ReportLine line) {
        Integer base = baseOf(line.counts());
        return base != null && base > 0 && base < THRESHOLD;
    }

    private static Integer baseOf(GoalResultView.Counts counts) {
        if (counts == null) {
            return null;
        }
        if (counts.denominator() != null) {
            return counts.denominator();
        }
        return counts.respondents() != null ? counts.respondents() : counts.counted();
    }
}
