package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.guidance.TwentyHourRule.CountedHours;
import dk.erhvervshuse.command.guidance.TwentyHourRule.Window;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;

class TwentyHourRuleTest {

    private static CountedHours meeting(String hours, LocalDate heldOn) {
        return new CountedHours(heldOn, hours(hours));
    }

    @Test
    void letsTheWindowRunFromTheDayAfterTheSameDateAYearBefore() {
        assertThat(TwentyHourRule.windowFromFor(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(TwentyHourRule.windowFromFor(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void findsNothingInALedgerWithoutMeetings() {
        assertThat(TwentyHourRule.firstUncoveredBreach(List.of(), List.of())).isEmpty();
    }

    @Test
    void addsUpMeetingsHeldOnTheSameDay() {
        LocalDate day = LocalDate.of(2025, 2, 3);
        assertThat(TwentyHourRule.firstUncoveredBreach(
                List.of(meeting("10.00", day), meeting("10.01", day)), List.of()))
                .contains(new Window(LocalDate.of(2024, 2, 4), day, hours("20.01")));
    }

    @Test
    void ignoresWithdrawnMeetingsAsWindowEnds() {
        LocalDate withdrawnOn = LocalDate.of(2025, 6, 1);
        assertThat(TwentyHourRule.firstUncoveredBreach(
                List.of(meeting("20.00", LocalDate.of(2025, 2, 3)), meeting("0.00", withdrawnOn)), List.of()))
                .isEmpty();
    }

    @Test
    void reportsTheEarliestWindowThatIsNotCovered() {
        List<CountedHours> meetings = List.of(
                meeting("21.00", LocalDate.of(2024, 5, 1)),
                meeting("21.00", LocalDate.of(2025, 8, 1)));
        Window first = new Window(LocalDate.of(2023, 5, 2), LocalDate.of(2024, 5, 1), hours("21.00"));

        assertThat(TwentyHourRule.firstUncoveredBreach(meetings, List.of())).contains(first);
        assertThat(TwentyHourRule.firstUncoveredBreach(meetings, List.of(first)))
                .contains(new Window(LocalDate.of(2024, 8, 2), LocalDate.of(2025, 8, 1), hours("21.00")));
    }

    @Test
    void coversItsOwnWindowAndTheTwelveMonthsOfGuidanceAfterIt() {
        Window raised = new Window(LocalDate.of(2024, 3, 4), LocalDate.of(2025, 3, 3), hours("21.00"));

        assertThat(raised.covers(LocalDate.of(2024, 3, 4))).isTrue();
        assertThat(raised.covers(LocalDate.of(2025, 3, 3))).isTrue();
        assertThat(raised.covers(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(raised.covers(LocalDate.of(2024, 3, 3))).isFalse();
        assertThat(raised.covers(LocalDate.of(2026, 3, 3))).isFalse();
    }

    @Test
    void alwaysCoversTheWindowsOwnLastDayAlthoughMonthArithmeticEndsThePeriodBeforeIt() {
        // 2025-02-28 minus 12 months plus a day is 2024-02-29; plus 12 months minus a day is 2025-02-27
        LocalDate windowTo = LocalDate.of(2025, 2, 28);
        Window raised = new Window(TwentyHourRule.windowFromFor(windowTo), windowTo, hours("21.00"));

        assertThat(raised.from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(raised.covers(windowTo)).isTrue();
        assertThat(TwentyHourRule.firstUncoveredBreach(List.of(meeting("21.00", windowTo)), List.of(raised))).isEmpty();
    }
}
