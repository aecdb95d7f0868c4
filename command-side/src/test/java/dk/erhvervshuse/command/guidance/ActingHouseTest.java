package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.NotPermitted;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CVR;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.HOUSE;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.TODAY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.caseOpened;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.meeting;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.openCase;

/**
 * A house records its own guidance only (§10.2), decided in the aggregate against the house the case or
 * ledger belongs to, so it holds even before any view of a new case exists.
 */
class ActingHouseTest {

    private static final MetaData FOR_FYN = MetaData.with(AuditMetadata.USER_HOUSE, House.FYN.name());
    private static final MetaData FOR_OWN_HOUSE = MetaData.with(AuditMetadata.USER_HOUSE, HOUSE.name());

    private FixtureConfiguration<GuidanceCase> cases;
    private FixtureConfiguration<CompanyHoursLedger> ledgers;

    @BeforeEach
    void fixtures() {
        cases = new AggregateTestFixture<>(GuidanceCase.class);
        cases.registerInjectableResource(CLOCK);
        ledgers = new AggregateTestFixture<>(CompanyHoursLedger.class);
        ledgers.registerInjectableResource(CLOCK);
    }

    @Test
    void refusesToOpenACaseForAnotherHouseThanTheUsers() {
        cases.givenNoPriorActivity()
                .when(openCase().command(), FOR_FYN)
                .expectNoEvents()
                .expectException(rejected(NotPermitted.class, "house", "house.notOwn"));
    }

    @Test
    void refusesAMeetingOnAnotherHousesCase() {
        cases.given(caseOpened())
                .when(meeting("m-1").record(), FOR_FYN)
                .expectNoEvents()
                .expectException(rejected(NotPermitted.class, "house", "house.notOwn"));
    }

    @Test
    void acceptsAMeetingFromTheCasesOwnHouse() {
        cases.given(caseOpened())
                .when(meeting("m-1").record(), FOR_OWN_HOUSE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(meeting("m-1").recorded());
    }

    @Test
    void refusesAManagementDecisionFromAnotherHousesManager() {
        String ledgerId = GuidanceHoursEvent.ledgerIdOf(HOUSE, COMPANY);
        String requirementId = ledgerId + ":2025-03-03";
        ledgers.given(new GuidanceHoursCounted(ledgerId, HOUSE, COMPANY, "case-1",
                                "m-1", hours("21.00"), LocalDate.of(2025, 3, 3)),
                        new ManagementDecisionRequired(ledgerId, HOUSE, COMPANY, requirementId, hours("21.00"),
                                LocalDate.of(2024, 3, 4), LocalDate.of(2025, 3, 3)))
                .when(RecordManagementDecision.of(HOUSE, CVR, requirementId, "manager.fyn", true,
                        "no private offer fits", TODAY), FOR_FYN)
                .expectNoEvents()
                .expectException(rejected(NotPermitted.class, "house", "house.notOwn"));
    }
}
