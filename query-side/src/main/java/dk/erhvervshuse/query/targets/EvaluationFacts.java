package dk.erhvervshuse.query.targets;

import java.time.LocalDate;
import java.util.Comparator;

/** A user evaluation (brugerevaluering, §9) of a case, as received. */
public record EvaluationFacts(String evaluationId, int recommendScore, Boolean referralUsed,
                              Boolean sustainabilityHelpedToHighDegree, LocalDate receivedOn, long position) {

    /** Oldest first: by the date received, then by when it was recorded. */
    public static final Comparator<EvaluationFacts> IN_ORDER_RECEIVED =
            Comparator.comparing(EvaluationFacts::receivedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(EvaluationFacts::position);

    public boolean receivedIn(int year) {
        return receivedOn != null && receivedOn.getYear() == year;
    }
}
