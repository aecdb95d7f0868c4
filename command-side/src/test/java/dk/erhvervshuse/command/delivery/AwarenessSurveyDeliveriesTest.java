package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.CLOCK;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.FIRST_DELIVERED;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.RESTATED;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.TODAY;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.survey;
import static org.assertj.core.api.Assertions.assertThat;

class AwarenessSurveyDeliveriesTest {

    private FixtureConfiguration<AwarenessSurveyDeliveries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AwarenessSurveyDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class DeliveringASurvey {

        @Test
        void recordsTheFirstDeliveryAsRevision1() {
            fixture.givenNoPriorActivity()
                    .when(survey().deliver())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(survey().delivered(1));
        }

        @Test
        void computesTheStreamIdFromHouseAndYear() {
            DeliverAwarenessSurvey command = DeliverAwarenessSurvey.of(House.FYN, 2024, new BigDecimal("52.5"),
                    new BigDecimal("57"), 1013, DeliveryStatus.PRELIMINARY, FIRST_DELIVERED);
            assertThat(command).isEqualTo(survey().deliver());
            assertThat(command.deliveryStreamId()).isEqualTo("awareness:FYN:2024");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "100.01", "-5", "250"})
        void rejectsAShareKnowingTheHouseOutsideZeroTo100(String percent) {
            fixture.givenNoPriorActivity()
                    .when(survey().awareOfHouse(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "awareOfHousePercent", "awareOfHousePercent.range"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01", "100.01"})
        void rejectsAShareKnowingTheOffersOutsideZeroTo100(String percent) {
            fixture.givenNoPriorActivity()
                    .when(survey().awareOfOffers(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "awareOfOffersPercent", "awareOfOffersPercent.range"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "100", "100.00", "33.333"})
        void acceptsSharesFromZeroTo100(String percent) {
            fixture.givenNoPriorActivity()
                    .when(survey().awareOfHouse(percent).awareOfOffers(percent).deliver())
                    .expectEvents(survey().awareOfHouse(percent).awareOfOffers(percent).delivered(1));
        }

        @Test
        void rejectsMissingShares() {
            fixture.givenNoPriorActivity()
                    .when(survey().awareOfHouse(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "awareOfHousePercent", "awareOfHousePercent.required"));

            fixture.givenNoPriorActivity()
                    .when(survey().awareOfOffers(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "awareOfOffersPercent",
                            "awareOfOffersPercent.required"));
        }

        @Test
        void rejectsASurveyWithoutRespondents() {
            fixture.givenNoPriorActivity()
                    .when(survey().respondents(0).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "respondents", "respondents.range"));

            fixture.givenNoPriorActivity()
                    .when(survey().respondents(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "respondents", "respondents.required"));
        }

        @Test
        void acceptsASurveyOfOneRespondent() {
            fixture.givenNoPriorActivity()
                    .when(survey().respondents(1).deliver())
                    .expectEvents(survey().respondents(1).delivered(1));
        }

        @Test
        void rejectsADeliveryWithoutStatus() {
            fixture.givenNoPriorActivity()
                    .when(survey().status(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "status", "status.required"));
        }

        @Test
        void rejectsADeliveryWithoutHouse() {
            fixture.givenNoPriorActivity()
                    .when(survey().house(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.required"));
        }

        @Test
        void rejectsADeliveryWithoutHouseWhenTheIdIsComputedFromIt() {
            DeliverAwarenessSurvey withoutHouse = DeliverAwarenessSurvey.of(null, 2024, new BigDecimal("52.5"),
                    new BigDecimal("57"), 1013, DeliveryStatus.PRELIMINARY, FIRST_DELIVERED);
            assertThat(withoutHouse.deliveryStreamId()).isNull();
            fixture.givenNoPriorActivity()
                    .when(withoutHouse)
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.required"));
        }

        @ParameterizedTest
        @ValueSource(ints = {2014, 2026, 0})
        void rejectsAYearBefore2015OrAfterThisYear(int year) {
            fixture.givenNoPriorActivity()
                    .when(survey().year(year).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "year", "year.range"));
        }

        @ParameterizedTest
        @ValueSource(ints = {2015, 2022, 2025})
        void acceptsTheYearsFrom2015ThroughThisYear(int year) {
            fixture.givenNoPriorActivity()
                    .when(survey().year(year).deliveredOn(TODAY).deliver())
                    .expectEvents(survey().year(year).deliveredOn(TODAY).delivered(1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"awareness:FYN:2025", "awareness:SJAELLAND:2024", "FYN:2024"})
        void rejectsAStreamIdThatIsNotTheHousesForTheYear(String streamId) {
            fixture.givenNoPriorActivity()
                    .when(survey().streamId(streamId).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveryStreamId", "deliveryStreamId.mismatch"));
        }

        @Test
        void rejectsADeliveryDatedInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(survey().deliveredOn(TODAY.plusDays(1)).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveredOn", "deliveredOn.inFuture"));
        }

        @Test
        void rejectsADeliveryDatedBeforeTheYearItConcerns() {
            fixture.givenNoPriorActivity()
                    .when(survey().deliveredOn(LocalDate.of(2023, 12, 31)).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveredOn", "deliveredOn.beforeYear"));
        }

        @Test
        void rejectsADeliveryWithoutADate() {
            fixture.givenNoPriorActivity()
                    .when(survey().deliveredOn(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveredOn", "deliveredOn.required"));
        }
    }

    @Nested
    class RestatingASurvey {

        @Test
        void restatesPreliminaryFiguresWithFinalOnesAsRevision2() {
            fixture.given(survey().delivered(1))
                    .when(survey().awareOfHouse("53.1").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(survey().awareOfHouse("53.1").finalFigures().deliveredOn(RESTATED).delivered(2));
        }

        @Test
        void confirmsPreliminaryFiguresAsFinalWithTheSameFigures() {
            fixture.given(survey().delivered(1))
                    .when(survey().finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(survey().finalFigures().deliveredOn(RESTATED).delivered(2));
        }

        @Test
        void countsEachRestatementUpFromTheLast() {
            fixture.given(survey().delivered(1), survey().awareOfHouse("53").delivered(2),
                            survey().awareOfHouse("53.1").finalFigures().delivered(3))
                    .when(survey().awareOfHouse("53.2").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(survey().awareOfHouse("53.2").finalFigures().deliveredOn(RESTATED).delivered(4));
        }

        @Test
        void rejectsPreliminaryFiguresAfterFinalOnes() {
            fixture.given(survey().delivered(1), survey().finalFigures().delivered(2))
                    .when(survey().awareOfHouse("40").deliveredOn(RESTATED).deliver())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "status", "delivery.alreadyFinal"));
        }

        @Test
        void rejectsARetriedDeliveryWithTheSameFiguresAndStatus() {
            fixture.given(survey().delivered(1))
                    .when(survey().deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "delivery.noChange"));
        }

        @Test
        void takesTheSameFiguresOnAnotherDayOrWithTrailingZerosAsNoChange() {
            fixture.given(survey().finalFigures().delivered(1))
                    .when(survey().awareOfHouse("52.50").awareOfOffers("57.0").finalFigures().deliveredOn(RESTATED)
                            .deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "delivery.noChange"));
        }

        @Test
        void rejectsARestatementDatedBeforeTheDeliveryItRestates() {
            fixture.given(survey().deliveredOn(RESTATED).delivered(1))
                    .when(survey().finalFigures().deliveredOn(RESTATED.minusDays(1)).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveredOn", "deliveredOn.beforePreviousDelivery"));
        }

        @Test
        void acceptsARestatementOnTheDayOfTheDeliveryItRestates() {
            fixture.given(survey().delivered(1))
                    .when(survey().respondents(1020).deliver())
                    .expectEvents(survey().respondents(1020).delivered(2));
        }
    }
}
