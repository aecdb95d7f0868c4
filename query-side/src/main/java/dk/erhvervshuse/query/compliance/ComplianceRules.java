package dk.erhvervshuse.query.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agreement's rules as supervision checks them, restated here from the agreement rather than borrowed from
 * the command side: these views exist to find a log in which the command side's own policies did not hold (an
 * import, a bug, a writer that bypassed them), so they must not share their code. They read the rules as the
 * command side documents it reads them ({@code EvaluationSelectionPolicy}, {@code TwentyHourRule}).
 */
final class ComplianceRules {

    /**
     * §9: "Hvis vejledningen har en varighed af mere end 3 timer, udtages virksomheden altid til
     * brugerevaluering" — strictly more than 3 hours of counting guidance (meetings as last corrected, withdrawn
     * ones excluded) selects the case; once selected, always selected.
     */
    static final BigDecimal THREE_HOURS = new BigDecimal("3.00");

    /**
     * §5.1: where guidance of one company exceeds 20 hours within 12 months, management must have decided
     * explicitly, in that case, that it does not distort competition. Strictly more than 20 hours, per company
     * per house, across its cases, in any window of 12 months ending on a meeting day.
     */
    static final BigDecimal TWENTY_HOURS = new BigDecimal("20.00");
    static final int WINDOW_MONTHS = 12;

    /** Recording times are filed under Danish calendar years. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private ComplianceRules() {
    }

    static boolean exceedsThreeHours(BigDecimal countingHours) {
        return countingHours.compareTo(THREE_HOURS) > 0;
    }

    /** A meeting's hours as counted in a company's ledger at a house. */
    record Counted(LocalDate heldOn, BigDecimal hours) {
    }

    /** A 12-month window, {@code from} through {@code to}, and the hours held in it. */
    record Window(LocalDate from, LocalDate to, BigDecimal hours) {

        /**
         * Whether management's decision on this window also answers a window ending on {@code end}: a decision
         * covers twelve months of continued guidance, from the window's first day to a year after its last.
         */
        boolean covers(LocalDate end) {
            return !end.isBefore(from) && !end.isAfter(to.plusMonths(WINDOW_MONTHS).minusDays(1));
        }
    }

    /**
     * The windows over 20 hours that no raised requirement covers, earliest first, each covering the later
     * ones it would have answered had it been raised: what management was never asked about.
     */
    static List<Window> breachesNoRequirementCovers(Collection<Counted> counted, Collection<Window> raised) {
        List<Window> covered = new ArrayList<>(raised);
        List<Window> uncovered = new ArrayList<>();
        Optional<Window> breach;
        while ((breach = firstUncoveredBreach(counted, covered)).isPresent()) {
            uncovered.add(breach.get());
            covered.add(breach.get());
        }
        return uncovered;
    }

    private static Optional<Window> firstUncoveredBreach(Collection<Counted> counted, Collection<Window> covered) {
        TreeMap<LocalDate, BigDecimal> hoursByDay = new TreeMap<>();
        for (Counted meeting : counted) {
            if (meeting.heldOn() != null && meeting.hours() != null && meeting.hours().signum() > 0) {
                hoursByDay.merge(meeting.heldOn(), meeting.hours(), BigDecimal::add);
            }
        }
        for (LocalDate end : hoursByDay.keySet()) {
            LocalDate from = end.minusMonths(WINDOW_MONTHS).plusDays(1);
            BigDecimal hours = hoursByDay.subMap(from, true, end, true).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (hours.compareTo(TWENTY_HOURS) > 0 && covered.stream().noneMatch(window -> window.covers(end))) {
                return Optional.of(new Window(from, end, hours));
            }
        }
        return Optional.empty();
    }
}
