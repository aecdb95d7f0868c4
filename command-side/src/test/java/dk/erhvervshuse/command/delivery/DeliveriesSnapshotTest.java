package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static dk.erhvervshuse.command.delivery.DeliveryTestData.CLOCK;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.RESTATED;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.accounts;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.growth;
import static dk.erhvervshuse.command.delivery.DeliveryTestData.survey;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery streams have no snapshot trigger today, but they are written for the log's Jackson serializer
 * like the guidance aggregates: should one be added, every field must come back as it went in.
 */
class DeliveriesSnapshotTest {

    private final Serializer serializer = EventSerialization.jacksonSerializer();

    @Test
    void anAwarenessSurveyStreamComesBackFromASnapshotWithAllItsState() {
        FixtureConfiguration<AwarenessSurveyDeliveries> fixture = new AggregateTestFixture<>(AwarenessSurveyDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
        AtomicReference<AwarenessSurveyDeliveries> state = new AtomicReference<>();
        fixture.given(survey().delivered(1))
                .when(survey().finalFigures().deliveredOn(RESTATED).deliver())
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        assertComesBackWhole(state.get());
    }

    @Test
    void aCompanyAccountsStreamComesBackFromASnapshotWithAllItsState() {
        FixtureConfiguration<CompanyAccountsDeliveries> fixture = new AggregateTestFixture<>(CompanyAccountsDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
        AtomicReference<CompanyAccountsDeliveries> state = new AtomicReference<>();
        fixture.given(accounts().delivered(1))
                .when(accounts().grossProfit("-12.5").finalFigures().deliveredOn(RESTATED).deliver())
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        assertComesBackWhole(state.get());
    }

    @Test
    void aControlGroupGrowthStreamComesBackFromASnapshotWithAllItsState() {
        FixtureConfiguration<ControlGroupGrowthDeliveries> fixture =
                new AggregateTestFixture<>(ControlGroupGrowthDeliveries.class);
        fixture.registerInjectableResource(CLOCK);
        AtomicReference<ControlGroupGrowthDeliveries> state = new AtomicReference<>();
        fixture.given(growth().delivered(1))
                .when(growth().finalFigures().deliveredOn(RESTATED).deliver())
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        assertComesBackWhole(state.get());
    }

    private void assertComesBackWhole(Object aggregate) {
        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        Object restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(aggregate);
        assertThat(restored).hasNoNullFieldsOrProperties();
    }
}
