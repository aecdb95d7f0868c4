package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * A restatement (genopgørelse) of a sealed report: the sealed numbers against the same report computed now, goal
 * by goal, showing what changed since it was sealed: registrations recorded late or corrected, a restated
 * delivery, an amended contract, or a new definition (a build of another definition set).
 *
 * @param sealed the report as sealed
 * @param now    the same report computed now, from the build asked for (by default the default build)
 * @param goals  every line of either, the sealed report's order first, then lines new since
 */
public record ReportRestatementView(SealedReportView sealed, ReportView now, List<GoalRestatement> goals) {

    public ReportRestatementView {
        goals = List.copyOf(goals);
    }

    /** Lines whose numbers, terms or definition differ from the sealed ones. */
    public List<GoalRestatement> changedGoals() {
        return goals.stream().filter(GoalRestatement::changed).toList();
    }

    /**
     * One goal of one scope, sealed and now.
     *
     * @param sealed  the line as sealed; null for a line that is new (a local goal added by amendment, say)
     * @param now     the line now; null for a line that is gone
     * @param changes what differs, empty when unchanged
     */
    public record GoalRestatement(String scope, String goalId, String title, Status status, List<Change> changes,
                                  ReportLine sealed, ReportLine now) {

        public GoalRestatement {
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return status != Status.UNCHANGED;
        }
    }

    public enum Status {
        UNCHANGED,
        CHANGED,
        /** Not in the sealed report, in the report now. */
        ADDED,
        /** In the sealed report, no longer in the report now. */
        REMOVED
    }

    /** What differs between a sealed line and the line now. */
    public enum Change {
        /** Computed by another definition (another definition set). */
        DEFINITION,
        /** The terms: target, comparison, where the target comes from, title, measure or unit (an amended contract). */
        TERMS,
        /** The external delivery the value rests on (a restated or final delivery). */
        DELIVERY,
        /** The counts behind the value (registrations recorded or corrected since, or another definition). */
        COUNTS,
        /** The value itself, or why it is missing. */
        VALUE,
        /** Whether the goal is met. */
        FULFILMENT
    }
}
