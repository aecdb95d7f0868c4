package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.guidance.TwentyHourRule;
import dk.erhvervshuse.events.common.House;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generator's copy of the command side's hours ledgers (one per company per house): it counts every
 * meeting, correction and withdrawal of the script in script order, as the 20-hour policy will, and asks
 * {@link TwentyHourRule} which requirements the ledger will raise, so that the script can carry management's
 * decisions with the very requirement ids the ledger gives ({@code HOUSE:CVR:windowTo}), and the recorded
 * history the ledger's own events.
 * <p>
 * Only ledgers that can still change are kept: one is dropped once the company's last case at the house was
 * opened, and its last meeting held, more than a year ago, when no window or earlier requirement can reach a new
 * meeting ({@link #forgetIdle}).
 */
final class LedgerSimulation {

    static final class Ledger {
        final String ledgerId;
        final House house;
        final String cvr;
        /** Hours as they now stand, by case id and meeting id; withdrawn meetings count 0 and keep their date. */
        private final Map<String, TwentyHourRule.CountedHours> meetings = new LinkedHashMap<>();
        private final List<TwentyHourRule.Window> raised = new ArrayList<>();
        /** The company's open cases at the house, oldest first, with the adviser of each. */
        private final Map<String, String> openCases = new LinkedHashMap<>();
        /** The latest day a case of the company was opened at the house or a meeting of it held. */
        private LocalDate lastActiveOn;

        Ledger(String ledgerId, House house, String cvr) {
            this.ledgerId = ledgerId;
            this.house = house;
            this.cvr = cvr;
        }

        private void active(LocalDate day) {
            if (lastActiveOn == null || day.isAfter(lastActiveOn)) {
                lastActiveOn = day;
            }
        }

        /** The newest open case and its adviser, if any. */
        Optional<Map.Entry<String, String>> newestOpenCase() {
            Map.Entry<String, String> newest = null;
            for (Map.Entry<String, String> entry : openCases.entrySet()) {
                newest = entry;
            }
            return Optional.ofNullable(newest);
        }
    }

    private final Map<String, Ledger> ledgers = new HashMap<>();
    private final Map<String, Ledger> ledgerOfOpenCase = new HashMap<>();

    static String ledgerIdOf(House house, String cvr) {
        return house.name() + ":" + cvr;
    }

    void opened(String caseId, House house, String cvr, String adviserId, LocalDate openedOn) {
        Ledger ledger = ledgers.computeIfAbsent(ledgerIdOf(house, cvr), id -> new Ledger(id, house, cvr));
        ledger.active(openedOn);
        ledger.openCases.put(caseId, adviserId);
        ledgerOfOpenCase.put(caseId, ledger);
    }

    void closed(String caseId) {
        Ledger ledger = ledgerOfOpenCase.remove(caseId);
        if (ledger != null) {
            ledger.openCases.remove(caseId);
        }
    }

    Ledger ledger(String ledgerId) {
        return ledgers.get(ledgerId);
    }

    /**
     * What one count does to a ledger, as {@link dk.erhvervshuse.command.guidance.CompanyHoursLedger} handles it.
     *
     * @param counted the hours and date the ledger records, or null when the count changes nothing (the same
     *                hours and date again, or the withdrawal of a meeting never counted) and the ledger ignores it
     * @param raised  the windows of the requirements the count raises, earliest first; usually none
     */
    record Count(TwentyHourRule.CountedHours counted, List<TwentyHourRule.Window> raised) {

        static final Count IGNORED = new Count(null, List.of());
    }

    /**
     * Counts a meeting's hours as they now stand into its case's ledger.
     *
     * @param heldOn null for a withdrawal, which keeps the date already counted
     */
    Count count(String caseId, String meetingId, BigDecimal hours, LocalDate heldOn) {
        Ledger ledger = ledgerOfOpenCase.get(caseId);
        if (ledger == null) {
            throw new IllegalStateException("the script counts hours on case " + caseId + ", which is not open");
        }
        String key = caseId + "/" + meetingId;
        TwentyHourRule.CountedHours previous = ledger.meetings.get(key);
        if (previous == null && hours.signum() == 0) {
            return Count.IGNORED;
        }
        LocalDate date = heldOn != null ? heldOn : previous.heldOn();
        if (previous != null && previous.hours().compareTo(hours) == 0 && previous.heldOn().equals(date)) {
            return Count.IGNORED;
        }
        TwentyHourRule.CountedHours counted = new TwentyHourRule.CountedHours(date, hours);
        ledger.meetings.put(key, counted);
        ledger.active(date);
        List<TwentyHourRule.Window> raisedNow = new ArrayList<>();
        Optional<TwentyHourRule.Window> breach;
        while ((breach = TwentyHourRule.firstUncoveredBreach(ledger.meetings.values(), ledger.raised)).isPresent()) {
            ledger.raised.add(breach.get());
            raisedNow.add(breach.get());
        }
        return new Count(counted, raisedNow);
    }

    Ledger ledgerOfCase(String caseId) {
        return ledgerOfOpenCase.get(caseId);
    }

    /**
     * Drops the ledgers no later command can change: those whose last case was opened, and last meeting held,
     * before {@code before}, at least 12 months ago. A case's meetings are weeks apart, so none of its open cases
     * gets another meeting, and a new case's meetings share no window with the old ones and fall outside every
     * earlier requirement.
     */
    void forgetIdle(LocalDate before) {
        ledgers.values().removeIf(ledger -> idleSince(ledger, before));
        ledgerOfOpenCase.values().removeIf(ledger -> idleSince(ledger, before));
    }

    private static boolean idleSince(Ledger ledger, LocalDate before) {
        return ledger.lastActiveOn.isBefore(before);
    }

    int size() {
        return ledgers.size();
    }
}
