package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.CLOCK;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.growth;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.survey;

/** The delivery rules over many generated figures and sequences of deliveries rather than a few chosen ones. */
class DeliveryRulePropertyTest {

    // jqwik shares one instance between the tries of a property; every try here targets the same stream, and
    // the fixture resets itself on every given
    private final FixtureConfiguration<AwarenessSurveyDeliveries> surveys =
            new AggregateTestFixture<>(AwarenessSurveyDeliveries.class).registerInjectableResource(CLOCK);
    private final FixtureConfiguration<ControlGroupGrowthDeliveries> controlGroups =
            new AggregateTestFixture<>(ControlGroupGrowthDeliveries.class).registerInjectableResource(CLOCK);

    @Property(tries = 300)
    void anyShareOutsideZeroTo100IsRejectedWithTheRangeRuleOfItsField(@ForAll("outsideZeroTo100") BigDecimal percent,
                                                                      @ForAll boolean knowingTheHouse) {
        String value = percent.toPlainString();
        DeliveryTestData.Survey survey = knowingTheHouse ? survey().awareOfHouse(value) : survey().awareOfOffers(value);
        String field = knowingTheHouse ? "awareOfHousePercent" : "awareOfOffersPercent";
        surveys.givenNoPriorActivity()
                .when(survey.deliver())
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, field, field + ".range"));
    }

    @Property(tries = 300)
    void anyShareFromZeroTo100IsDelivered(@ForAll("zeroTo100") BigDecimal house, @ForAll("zeroTo100") BigDecimal offers) {
        surveys.givenNoPriorActivity()
                .when(survey().awareOfHouse(house.toPlainString()).awareOfOffers(offers.toPlainString()).deliver())
                .expectEvents(survey().awareOfHouse(house.toPlainString()).awareOfOffers(offers.toPlainString())
                        .delivered(1));
    }

    @Provide
    Arbitrary<BigDecimal> outsideZeroTo100() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.001")).ofScale(3),
                Arbitraries.bigDecimals().between(new BigDecimal("100.001"), new BigDecimal("100000")).ofScale(3),
                Arbitraries.of(new BigDecimal("-0.01"), new BigDecimal("100.01")));
    }

    @Provide
    Arbitrary<BigDecimal> zeroTo100() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Property(tries = 300)
    void anyGrowthOutsideMinus100To1000PercentIsRejectedWithTheRangeRule(
            @ForAll("outsideGrowthRange") BigDecimal percent) {
        controlGroups.givenNoPriorActivity()
                .when(growth().revenuePerEmployee(percent.toPlainString()).deliver())
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, "revenuePerEmployeeGrowthPercent",
                        "revenuePerEmployeeGrowthPercent.range"));
    }

    @Provide
    Arbitrary<BigDecimal> outsideGrowthRange() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("-100.01")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("1000.01"), new BigDecimal("100000")).ofScale(2));
    }

    /** One delivery in a generated sequence: a share from a small set, so that repeats happen, and a status. */
    record Delivery(String awareOfHouse, DeliveryStatus status) {
    }

    @Provide
    Arbitrary<Delivery> deliveries() {
        return Combinators.combine(Arbitraries.of("50", "50.0", "51", "52.5"), Arbitraries.of(DeliveryStatus.class))
                .as(Delivery::new);
    }

    /**
     * Whatever the order of deliveries, each accepted one counts the revision up by one from 1; after final
     * figures preliminary ones are refused; a repeat of the current figures and status is refused; nothing else is.
     */
    @Property(tries = 200)
    void revisionsCountUpWithEachAcceptedDeliveryAndFinalFiguresAreNeverReplacedByPreliminaryOnes(
            @ForAll @Size(min = 1, max = 8) List<@From("deliveries") Delivery> sequence) {
        List<Object> accepted = new ArrayList<>();
        Delivery current = null;
        for (Delivery next : sequence) {
            DeliveryTestData.Survey delivery = survey().awareOfHouse(next.awareOfHouse()).status(next.status());
            var result = accepted.isEmpty() ? surveys.givenNoPriorActivity().when(delivery.deliver())
                    : surveys.given(accepted).when(delivery.deliver());
            if (current != null && current.status() == DeliveryStatus.FINAL && next.status() == DeliveryStatus.PRELIMINARY) {
                Statistics.collect("refused: already final");
                result.expectNoEvents().expectException(rejected(StateConflict.class, "status", "delivery.alreadyFinal"));
            } else if (current != null && current.status() == next.status()
                    && new BigDecimal(current.awareOfHouse()).compareTo(new BigDecimal(next.awareOfHouse())) == 0) {
                Statistics.collect("refused: no change");
                result.expectNoEvents().expectException(rejected(InvalidInput.class, null, "delivery.noChange"));
            } else {
                Statistics.collect("accepted");
                AwarenessSurveyDelivered event = delivery.delivered(accepted.size() + 1);
                result.expectEvents(event);
                accepted.add(event);
                current = next;
            }
        }
        Statistics.coverage(coverage -> {
            coverage.check("accepted").count(n -> n > 0);
            coverage.check("refused: already final").count(n -> n > 0);
            coverage.check("refused: no change").count(n -> n > 0);
        });
    }
}
