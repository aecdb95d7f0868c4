package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.guidance.TwentyHourRule.CountedHours;
import dk.erhvervshuse.command.guidance.TwentyHourRule.Window;
import dk.erhvervshuse.events.common.Cvr;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.caseOpened;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.meeting;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.openCase;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.selected;
import static org.assertj.core.api.Assertions.assertThat;

/** The input rules and the agreement's thresholds, over many generated values rather than a few chosen ones. */
class GuidanceRulePropertyTest {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final LocalDate HELD_ON = LocalDate.of(2025, 2, 3);

    // jqwik shares one instance between the tries of a property; the fixture resets itself on every given
    private final FixtureConfiguration<GuidanceCase> fixture = new AggregateTestFixture<>(GuidanceCase.class)
            .registerInjectableResource(CLOCK);

    @Property(tries = 400)
    void anyEightDigitCvrOpensACaseExactlyWhenItPassesTheModulus11Check(
            @ForAll @StringLength(8) @NumericChars String cvr) {
        boolean valid = Cvr.isValid(cvr);
        Statistics.label("valid").collect(valid).coverage(coverage -> coverage.check(true).count(n -> n > 0));

        ResultValidator<GuidanceCase> result = fixture.givenNoPriorActivity().when(openCase().cvr(cvr).command());
        if (valid) {
            result.expectEvents(openCase().cvr(cvr).opened());
        } else {
            String rule = cvr.startsWith("0") ? "cvr.format" : "cvr.modulus11";
            result.expectNoEvents().expectException(rejected(InvalidInput.class, "cvr", rule));
        }
    }

    @Property(tries = 200)
    void everyCvrWithTheRightCheckDigitOpensACase(@ForAll("cvrsWithCheckDigit") String cvr) {
        fixture.givenNoPriorActivity()
                .when(openCase().cvr(cvr).command())
                .expectEvents(openCase().cvr(cvr).opened());
    }

    @Provide
    Arbitrary<String> cvrsWithCheckDigit() {
        return Arbitraries.strings().numeric().ofLength(7).filter(digits -> digits.charAt(0) != '0')
                .map(digits -> {
                    int sum = 0;
                    for (int i = 0; i < 7; i++) {
                        sum += (digits.charAt(i) - '0') * CVR_WEIGHTS[i];
                    }
                    return digits + ((11 - sum % 11) % 11);
                })
                .filter(candidate -> candidate.length() == 8);
    }

    @Property(tries = 300)
    void anyHoursOutsideMoreThanZeroToTwentyFourAreRejectedWithHoursRange(@ForAll("hoursOutsideRange") BigDecimal hours) {
        fixture.given(caseOpened())
                .when(meeting("m-1").hours(hours.toPlainString()).record())
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, "hours", "hours.range"));
    }

    @Provide
    Arbitrary<BigDecimal> hoursOutsideRange() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), BigDecimal.ZERO).ofScale(3),
                Arbitraries.bigDecimals().between(new BigDecimal("24.001"), new BigDecimal("100000")).ofScale(3),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("24.01"), new BigDecimal("-0.01")));
    }

    @Property(tries = 300)
    void anyHoursInRangeWithTwoDecimalsAreRecordedAndSelectTheCaseExactlyWhenAboveThree(
            @ForAll("hoursInRange") BigDecimal hours) {
        boolean aboveThree = hours.compareTo(new BigDecimal("3")) > 0;
        Statistics.label("above 3 hours").collect(aboveThree)
                .coverage(coverage -> {
                    coverage.check(true).count(n -> n > 0);
                    coverage.check(false).count(n -> n > 0);
                });

        ResultValidator<GuidanceCase> result = fixture.given(caseOpened())
                .when(meeting("m-1").hours(hours.toPlainString()).heldOn(HELD_ON).record());
        Object recorded = meeting("m-1").hours(hours.toPlainString()).heldOn(HELD_ON).recorded();
        if (aboveThree) {
            result.expectEvents(recorded, selected(hours.toPlainString(), HELD_ON));
        } else {
            result.expectEvents(recorded);
        }
    }

    @Provide
    Arbitrary<BigDecimal> hoursInRange() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("24")).ofScale(2),
                Arbitraries.of(new BigDecimal("3.00"), new BigDecimal("3.01"), new BigDecimal("24.00")));
    }

    @Property(tries = 300)
    void anyHoursWithMoreThanTwoDecimalsAreRejectedWithHoursPrecision(
            @ForAll("hoursInRangeWithThousandths") BigDecimal hours) {
        fixture.given(caseOpened())
                .when(meeting("m-1").hours(hours.toPlainString()).record())
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, "hours", "hours.precision"));
    }

    @Provide
    Arbitrary<BigDecimal> hoursInRangeWithThousandths() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("23.999")).ofScale(3)
                .filter(hours -> hours.stripTrailingZeros().scale() > 2);
    }

    /**
     * Within one 12-month window the rule is plain arithmetic: management must decide exactly when the hours
     * add up to more than 20, and the window ends on the day the running total first passed 20.
     */
    @Property(tries = 500)
    void withinOneYearADecisionIsDueExactlyWhenTheHoursAddUpToMoreThanTwenty(
            @ForAll @Size(min = 1, max = 10) List<@From("meetingsWithinAYear") CountedHours> meetings) {
        BigDecimal total = meetings.stream().map(CountedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean overTwenty = total.compareTo(new BigDecimal("20")) > 0;
        Statistics.label("over 20 hours").collect(overTwenty)
                .coverage(coverage -> {
                    coverage.check(true).count(n -> n > 0);
                    coverage.check(false).count(n -> n > 0);
                });

        Optional<Window> breach = TwentyHourRule.firstUncoveredBreach(meetings, List.of());

        assertThat(breach.isPresent()).isEqualTo(overTwenty);
        breach.ifPresent(window -> {
            LocalDate firstPassed = dayTheRunningTotalFirstPassesTwenty(meetings);
            assertThat(window.to()).isEqualTo(firstPassed);
            assertThat(window.from()).isEqualTo(firstPassed.minusMonths(12).plusDays(1));
            assertThat(window.hours()).isGreaterThan(new BigDecimal("20"));
        });
    }

    @Provide
    Arbitrary<CountedHours> meetingsWithinAYear() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 364).map(LocalDate.of(2024, 6, 1)::plusDays);
        Arbitrary<BigDecimal> hours = Arbitraries.bigDecimals().between(new BigDecimal("0.25"), new BigDecimal("8"))
                .ofScale(2);
        return Combinators.combine(days, hours).as(CountedHours::new);
    }

    private static LocalDate dayTheRunningTotalFirstPassesTwenty(List<CountedHours> meetings) {
        BigDecimal running = BigDecimal.ZERO;
        List<CountedHours> byDate = meetings.stream().sorted(Comparator.comparing(CountedHours::heldOn)).toList();
        for (int i = 0; i < byDate.size(); i++) {
            running = running.add(byDate.get(i).hours());
            boolean lastOfItsDay = i + 1 == byDate.size() || !byDate.get(i + 1).heldOn().equals(byDate.get(i).heldOn());
            if (lastOfItsDay && running.compareTo(new BigDecimal("20")) > 0) {
                return byDate.get(i).heldOn();
            }
        }
        throw new AssertionError("the total never passes 20 hours");
    }
}
