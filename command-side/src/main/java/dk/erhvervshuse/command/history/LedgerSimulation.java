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
 * decisions with the very requirement ids the ledger gives ({@code HOUSE:CVR:windowTo}).
 * <p>
 * Only ledgers that can still change are kept: one is dropped once the company has no open case at the house
 * and its last meeting is more than a year old, when no window or earlier requirement can reach a new meeting.
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
        private LocalDate lastHeldOn;

        Ledger(String ledgerId, House house, String cvr) {
            this.ledgerId = ledgerId;
            this.house = house;
            this.cvr = cvr;
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

    void opened(String caseId, House house, String cvr, String adviserId) {
        Ledger ledger = ledgers.computeIfAbsent(ledgerIdOf(house, cvr), id -> new Ledger(id, house, cvr));
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
     * Counts a meeting's hours as they now stand into its case's ledger.
     *
     * @param heldOn null for a withdrawal, which keeps the date already counted
     * @return the windows of the requirements this count raises, earliest first; usually none
     */
    List<TwentyHourRule.Window> count(String caseId, String meetingId, BigDecimal hours, LocalDate heldOn) {
        Ledger ledger = ledgerOfOpenCase.get(caseId);
        if (ledger == null) {
            throw new IllegalStateException("the script counts hours on case " + caseId + ", which is not open");
        }
        String key = caseId + "/" + meetingId;
        TwentyHourRule.CountedHours previous = ledger.meetings.get(key);
        LocalDate date = heldOn != null ? heldOn : previous.heldOn();
        ledger.meetings.put(key, new TwentyHourRule.CountedHours(date, hours));
        if (ledger.lastHeldOn == null || date.isAfter(ledger.lastHeldOn)) {
            ledger.lastHeldOn = date;
        }
        List<TwentyHourRule.Window> raisedNow = new ArrayList<>();
        Optional<TwentyHourRule.Window> breach;
        while ((breach = TwentyHourRule.firstUncoveredBreach(ledger.meetings.values(), ledger.raised)).isPresent()) {
            ledger.raised.add(breach.get());
            raisedNow.add(breach.get());
        }
        return raisedNow;
    }

    Ledger ledgerOfCase(String caseId) {
        return ledgerOfOpenCase.get(caseId);
    }

    /** Drops the ledgers no later command can change: no open case, and no meeting since {@code before}. */
    void forgetIdle(LocalDate before) {
        ledgers.values().removeIf(ledger -> ledger.openCases.isEmpty()
                && (ledger.lastHeldOn == null || ledger.lastHeldOn.isBefore(before)));
    }

    int size() {
        return ledgers.size();
    }
}
