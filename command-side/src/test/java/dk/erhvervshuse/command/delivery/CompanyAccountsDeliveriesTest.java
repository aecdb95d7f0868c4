package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.DeliveryStatus;
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
import static dk.erhvervshuse.command.delivery.DeliveryTestData.accounts;
import static org.assertj.core.api.Assertions.assertThat;

class CompanyAccountsDeliveriesTest {

    private FixtureConfiguration<CompanyAccountsDeliveries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompanyAccountsDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class DeliveringAccounts {

        @Test
        void recordsTheFirstDeliveryAsRevision1() {
            fixture.givenNoPriorActivity()
                    .when(accounts().deliver())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(accounts().delivered(1));
        }

        @Test
        void computesTheStreamIdFromCvrAndYear() {
            DeliverCompanyAccounts command = DeliverCompanyAccounts.of("13748136", 2023, new BigDecimal("12500000"),
                    new BigDecimal("14.5"), new BigDecimal("4100000"), DeliveryStatus.PRELIMINARY, FIRST_DELIVERED);
            assertThat(command).isEqualTo(accounts().deliver());
            assertThat(command.deliveryStreamId()).isEqualTo("accounts:13748136:2023");
            assertThat(DeliverCompanyAccounts.of(null, 2023, null, null, null, null, null).deliveryStreamId()).isNull();
        }

        @Test
        void acceptsAnotherValidCvr() {
            fixture.givenNoPriorActivity()
                    .when(accounts().cvr("24256790").year(2023).deliver())
                    .expectEvents(accounts().cvr("24256790").year(2023).delivered(1));
        }

        @Test
        void rejectsACvrThatFailsTheModulus11Check() {
            fixture.givenNoPriorActivity()
                    .when(accounts().cvr("24256791").year(2023).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.modulus11"))
                    .expectExceptionMessage("cvr 24256791 fails the modulus-11 check");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1374813", "03748136", "1374813A", ""})
        void rejectsACvrThatIsNotEightDigits(String cvr) {
            fixture.givenNoPriorActivity()
                    .when(accounts().cvr(cvr).year(2023).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.format"));
        }

        @Test
        void rejectsAMissingCvr() {
            fixture.givenNoPriorActivity()
                    .when(accounts().cvr(null).streamId("accounts:13748136:2023").deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "cvr", "cvr.required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"accounts:24256790:2023", "accounts:13748136:2024", "13748136:2023"})
        void rejectsAStreamIdOfAnotherCompanyOrYear(String streamId) {
            fixture.givenNoPriorActivity()
                    .when(accounts().streamId(streamId).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "deliveryStreamId", "deliveryStreamId.mismatch"));
        }

        @Test
        void rejectsNegativeRevenue() {
            fixture.givenNoPriorActivity()
                    .when(accounts().revenue("-1").deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "revenue", "revenue.range"));
        }

        @Test
        void acceptsNoRevenueAndNoEmployees() {
            fixture.givenNoPriorActivity()
                    .when(accounts().revenue("0").fullTimeEmployees("0").grossProfit("0").deliver())
                    .expectEvents(accounts().revenue("0").fullTimeEmployees("0").grossProfit("0").delivered(1));
        }

        @Test
        void acceptsANegativeGrossProfit() {
            fixture.givenNoPriorActivity()
                    .when(accounts().grossProfit("-250000.50").deliver())
                    .expectEvents(accounts().grossProfit("-250000.50").delivered(1));
        }

        @Test
        void rejectsNegativeFullTimeEmployees() {
            fixture.givenNoPriorActivity()
                    .when(accounts().fullTimeEmployees("-0.5").deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "fullTimeEmployees", "fullTimeEmployees.range"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"14.555", "0.001"})
        void rejectsFullTimeEmployeesWithMoreThanTwoDecimals(String fullTimeEmployees) {
            fixture.givenNoPriorActivity()
                    .when(accounts().fullTimeEmployees(fullTimeEmployees).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "fullTimeEmployees", "fullTimeEmployees.precision"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"14.55", "14.500", "3"})
        void acceptsFullTimeEmployeesToTheHundredth(String fullTimeEmployees) {
            fixture.givenNoPriorActivity()
                    .when(accounts().fullTimeEmployees(fullTimeEmployees).deliver())
                    .expectEvents(accounts().fullTimeEmployees(fullTimeEmployees).delivered(1));
        }

        @Test
        void rejectsMissingFigures() {
            fixture.givenNoPriorActivity()
                    .when(accounts().revenue(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "revenue", "revenue.required"));

            fixture.givenNoPriorActivity()
                    .when(accounts().fullTimeEmployees(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "fullTimeEmployees", "fullTimeEmployees.required"));

            fixture.givenNoPriorActivity()
                    .when(accounts().grossProfit(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "grossProfit", "grossProfit.required"));

            fixture.givenNoPriorActivity()
                    .when(accounts().status(null).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "status", "status.required"));
        }

        @ParameterizedTest
        @ValueSource(ints = {2014, 2026})
        void rejectsAYearBefore2015OrAfterThisYear(int year) {
            fixture.givenNoPriorActivity()
                    .when(accounts().year(year).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "year", "year.range"));
        }

        @Test
        void takesAccountsFromTwoYearsBeforeTheAgreementForTheEffectMeasurement() {
            fixture.givenNoPriorActivity()
                    .when(accounts().year(2022).deliver())
                    .expectEvents(accounts().year(2022).delivered(1));
        }
    }

    @Nested
    class RestatingAccounts {

        @Test
        void restatesPreliminaryAccountsWithFinalOnesAsRevision2() {
            fixture.given(accounts().delivered(1))
                    .when(accounts().revenue("12750000").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(accounts().revenue("12750000").finalFigures().deliveredOn(RESTATED).delivered(2));
        }

        @Test
        void restatesFinalAccountsWithCorrectedFinalOnes() {
            fixture.given(accounts().delivered(1), accounts().finalFigures().delivered(2))
                    .when(accounts().fullTimeEmployees("15").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectEvents(accounts().fullTimeEmployees("15").finalFigures().deliveredOn(RESTATED).delivered(3));
        }

        @Test
        void rejectsPreliminaryAccountsAfterFinalOnes() {
            fixture.given(accounts().finalFigures().delivered(1))
                    .when(accounts().revenue("1").deliveredOn(RESTATED).deliver())
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "status", "delivery.alreadyFinal"));
        }

        @Test
        void rejectsARetriedDeliveryWithTheSameFiguresAndStatus() {
            fixture.given(accounts().delivered(1), accounts().revenue("13000000").finalFigures().delivered(2))
                    .when(accounts().revenue("13000000.00").finalFigures().deliveredOn(RESTATED).deliver())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "delivery.noChange"));
        }
    }
}
