package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.CASE_ID;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.FOUNDED;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.HOUSE;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.REASON;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.TODAY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.caseOpened;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.evaluation;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.meeting;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.referral;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.selected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots are written by the log's own Jackson serializer. A field it cannot see would be silently dropped
 * from the snapshot, and a case sourced from it would forget, say, its withdrawn meetings: every field of
 * both aggregates must come back as it went in.
 */
class AggregateSnapshotTest {

    private final Serializer serializer = EventSerialization.jacksonSerializer();

    @Test
    void aGuidanceCaseComesBackFromItsSnapshotWithAllItsState() {
        FixtureConfiguration<GuidanceCase> fixture = new AggregateTestFixture<>(GuidanceCase.class);
        fixture.registerInjectableResource(CLOCK);
        AtomicReference<GuidanceCase> state = new AtomicReference<>();
        fixture.given(caseOpened(),
                        meeting("m-1").hours("2.00").recorded(),
                        meeting("m-2").hours("1.50").recorded(),
                        selected("3.50", LocalDate.of(2025, 2, 3)),
                        meeting("m-2").hours("1.25").themes(List.of(Theme.SUSTAINABILITY_SOCIAL, Theme.CAPITAL)).corrected(),
                        meeting("m-3").hours("4.00").recorded(),
                        withdrawn("m-3"),
                        referral("r-1").referred(PartnerCategory.STATE_PROMOTION),
                        evaluation("e-1").received(),
                        new CaseRegistrationCorrected(CASE_ID, HOUSE, COMPANY, Office.BRANCH, new PNumber("2012345678"),
                                FOUNDED, Segment.OPERATIONS, List.of(Theme.CAPITAL), REASON))
                .when(new CloseGuidanceCase(CASE_ID, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        GuidanceCase restored = roundTrip(state.get());

        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
        assertThat(restored).hasNoNullFieldsOrProperties();
    }

    @Test
    void aCompanyHoursLedgerComesBackFromItsSnapshotWithAllItsState() {
        FixtureConfiguration<CompanyHoursLedger> fixture = new AggregateTestFixture<>(CompanyHoursLedger.class);
        fixture.registerInjectableResource(CLOCK);
        String ledgerId = "MIDTJYLLAND:13748136";
        String requirementId = ledgerId + ":2025-02-03";
        AtomicReference<CompanyHoursLedger> state = new AtomicReference<>();
        fixture.given(new GuidanceHoursCounted(ledgerId, HOUSE, COMPANY, "case-a", "m-1", hours("21.00"),
                                LocalDate.of(2025, 2, 3)),
                        new ManagementDecisionRequired(ledgerId, HOUSE, COMPANY, requirementId, hours("21.00"),
                                LocalDate.of(2024, 2, 4), LocalDate.of(2025, 2, 3)),
                        new ManagementDecisionRecorded(ledgerId, HOUSE, COMPANY, requirementId, "manager-3", true,
                                "justified", LocalDate.of(2025, 2, 10)))
                .when(new CountGuidanceHours(ledgerId, HOUSE, COMPANY, "case-b", "m-1", hours("0.75"),
                        LocalDate.of(2025, 4, 1)))
                .expectSuccessfulHandlerExecution()
                .expectState(state::set);

        CompanyHoursLedger restored = roundTrip(state.get());

        assertThat(restored).usingRecursiveComparison().isEqualTo(state.get());
        assertThat(restored).hasNoNullFieldsOrProperties();
    }

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T aggregate) {
        SerializedObject<String> snapshot = serializer.serialize(aggregate, String.class);
        return (T) serializer.deserialize(snapshot);
    }
}
