package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.CLOCK;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.FIRST_DELIVERED;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.RESTATED;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.growth;
import static org.assertj.core.api.Assertions.assertThat;

class ControlGroupGrowthDeliveriesTest {

    private FixtureConfiguration<ControlGroupGrowthDeliveries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ControlGroupGrowthDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class DeliveringControlGroupGrowth {

        @Test
        void recordsTheFirstDeliveryAsRevision1() {
            fixture.givenNoPriorActivity()
                    .when(growth().deliver())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(growth().delivered(1));
        }

        @Test
        void computesTheStreamIdFromSegmentAndYear() {
            DeliverControlGroupGrowth command = DeliverControlGroupGrowth.of(Segment.GROWTH, 2024,
                    new BigDecimal("8.4"), new BigDecimal("3.1"), new BigDecimal("5.2"), new BigDecimal("-1.5"),
                    DeliveryStatus.PRELIMINARY, FIRST_DELIVERED);
            assertThat(command).isEqualTo(growth().deliver());
            assertThat(DeliverControlGroupGrowth.of(Segment.OPERATIONS, 2023, null, null, null, null, null, null)
                    .deliveryStreamId()).isEqualTo("control:OPERATIONS:2023");
        }

        @Test
        void keepsTheSegmentsApart() {
            fixture.givenNoPriorActivity()
                    .when(growth().segment(Segment.OPERATIONS).deliver())
                    .expectEvents(growth().segment(Segment.OPERATIONS).delivered(1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-100", "0", "1000", "-99.99", "999.99"})
        void acceptsGrowthFromMinus100To1000Percent(String percent) {
            fixture.givenNoPriorActivity()
                    .when(growth().revenue(percent).employment(percent).revenuePerEmployee(percent)
                            .grossProfitPerEmployee(percent).deliver())
                    .expectEvents(growth().revenue(percent).employment(percent).revenuePerEmployee(percent)
                            .grossProfitPerEmployee(percent).delivered(1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-100.01", "1000.01", "-250", "5000"})
        void rejectsEachGrowthOutsideMinus100To1000Percent(String percent) {
            fixture.givenNoPriorActivity()
                    .when(growth().revenue(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "revenueGrowthPercent", "revenueGrowthPercent.range"));

            fixture.givenNoPriorActivity()
                    .when(growth().employment(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "employmentGrowthPercent",
                            "employmentGrowthPercent.range"));

            fixture.givenNoPriorActivity()
                    .when(growth().revenuePerEmployee(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "revenuePerEmployeeGrowthPercent",
                            "revenuePerEmployeeGrowthPercent.range"));

            fixture.givenNoPriorActivity()
                    .when(growth().grossProfitPerEmployee(percent).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "grossProfitPerEmployeeGrowthPercent",
                            "grossProfitPerEmployeeGrowthPercent.range"));
        }

        @Test
        void rejectsMissingGrowth() {
            fixture.givenNoPriorActivity()
                    .when(growth().grossProfitPerEmployee(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "grossProfitPerEmployeeGrowthPercent",
                            "grossProfitPerEmployeeGrowthPercent.required"));
        }

        @Test
        void rejectsADeliveryWithoutSegmentOrStatus() {
            fixture.givenNoPriorActivity()
                    .when(growth().segment(null).streamId("control:GROWTH:2024").deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "segment", "segment.required"));

            fixture.givenNoPriorActivity()
                    .when(growth().status(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "status", "status.required"));
        }

        @Test
        void rejectsTheStreamIdOfTheOtherSegment() {
            fixture.givenNoPriorActivity()
                    .when(growth().streamId("control:OPERATIONS:2024").deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveryStreamId", "deliveryStreamId.mismatch"));
        }
    }

    @Nested
    class RestatingControlGroupGrowth {

        @Test
        void restatesPreliminaryGrowthWithFinalGrowthAsRevision2() {
            fixture.given(growth().delivered(1))
                    .when(growth().revenue("9.0").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(growth().revenue("9.0").finalFigures().deliveredOn(RESTATED).delivered(2));
        }

        @Test
        void rejectsPreliminaryGrowthAfterFinalGrowth() {
            fixture.given(growth().delivered(1), growth().finalFigures().delivered(2))
                    .when(growth().revenue("9.5").deliveredOn(RESTATED).deliver())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "status", "delivery.alreadyFinal"));
        }

        @Test
        void rejectsARetriedDeliveryWithTheSameFiguresAndStatus() {
            fixture.given(growth().delivered(1))
                    .when(growth().revenue("8.40").deliveredOn(RESTATED).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "delivery.noChange"));
        }
    }
}
