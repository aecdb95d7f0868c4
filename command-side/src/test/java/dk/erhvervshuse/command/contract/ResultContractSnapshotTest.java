package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static dk.erhvervshuse.command.contract.ContractTestData.CLOCK;
import static dk.erhvervshuse.command.contract.ContractTestData.TODAY;
import static dk.erhvervshuse.command.contract.ContractTestData.agreementGoals;
import static dk.erhvervshuse.command.contract.ContractTestData.amend;
import static dk.erhvervshuse.command.contract.ContractTestData.amended;
import static dk.erhvervshuse.command.contract.ContractTestData.inForce;
import static dk.erhvervshuse.command.contract.ContractTestData.local;
import static dk.erhvervshuse.command.contract.ContractTestData.plus;
import static dk.erhvervshuse.command.contract.ContractTestData.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contract has no snapshot trigger today, but it is written for the log's Jackson serializer like the
 * guidance aggregates: should one be added, every field must come back as it went in.
 */
class ResultContractSnapshotTest {

    private final Serializer serializer = EventSerialization.jacksonSerializer();

    @Test
    void aResultContractComesBackFromASnapshotWithAllItsState() {
        FixtureConfiguration<ResultContract> fixture = new AggregateTestFixture<>(ResultContract.class);
        fixture.registerInjectableResource(CLOCK);
        AtomicReference<ResultContract> state = new AtomicReference<>();
        fixture.given(inForce())
                .andGiven(amended(withTarget(agreementGoals(), "goal1", "110")))
                .when(amend(plus(agreementGoals(), local("local.food")), TODAY))
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        SerializedObject<String> snapshot = serializer.serialize(state.get(), String.class);
        ResultContract restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
        assertThat(restored).hasNoNullFieldsOrProperties();
    }
}
