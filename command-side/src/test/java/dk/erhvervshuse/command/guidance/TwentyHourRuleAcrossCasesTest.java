package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.CLOCK;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CVR;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.TODAY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20-hour rule of §5.1 end to end through plain Axon: two cases of one company at one house, their meetings
 * carried by {@link TwentyHourPolicy} into the company's ledger, which asks management for a decision.
 */
class TwentyHourRuleAcrossCasesTest {

    private Configuration axon;
    private CommandGateway commands;
    private final String ledgerId = GuidanceHoursEvent.ledgerIdOf(GuidanceTestData.HOUSE, COMPANY);

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(Clock.class, c -> CLOCK)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(GuidanceCase.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CompanyHoursLedger.class))
                .eventProcessing(processing -> processing
                        .registerEventHandler(c -> new TwentyHourPolicy(c.commandGateway()))
                        .registerSubscribingEventProcessor("twenty-hour-policy"))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    @Test
    void asksManagementToDecideWhenTwoCasesTogetherPassTwentyHoursAndRecordsTheDecision() {
        commands.sendAndWait(GuidanceTestData.openCase().caseId("case-a").command());
        commands.sendAndWait(GuidanceTestData.openCase().caseId("case-b").office(Office.BRANCH).command());
        commands.sendAndWait(meetingOf("case-a", "m-1", "12", LocalDate.of(2025, 1, 20)));
        commands.sendAndWait(meetingOf("case-b", "m-1", "8", LocalDate.of(2025, 2, 3)));
        assertThat(ledgerEvents()).noneMatch(ManagementDecisionRequired.class::isInstance);

        commands.sendAndWait(meetingOf("case-b", "m-2", "0.01", LocalDate.of(2025, 3, 3)));

        String requirementId = ledgerId + ":2025-03-03";
        assertThat(ledgerEvents()).contains(new ManagementDecisionRequired(ledgerId, GuidanceTestData.HOUSE, COMPANY,
                requirementId, hours("20.01"), LocalDate.of(2024, 3, 4), LocalDate.of(2025, 3, 3)));

        commands.sendAndWait(RecordManagementDecision.of(GuidanceTestData.HOUSE, CVR, requirementId, "manager-3",
                true, "Growth plan sparring; no private offer fits.", TODAY));
        assertThat(ledgerEvents()).last().isInstanceOf(ManagementDecisionRecorded.class);
    }

    @Test
    void aWithdrawnMeetingLeavesTheWindowAndKeepsItsDateInTheLedger() {
        commands.sendAndWait(GuidanceTestData.openCase().command());
        commands.sendAndWait(meetingOf(GuidanceTestData.CASE_ID, "m-1", "15", LocalDate.of(2025, 1, 20)));
        commands.sendAndWait(meetingOf(GuidanceTestData.CASE_ID, "m-2", "5", LocalDate.of(2025, 2, 3)));
        commands.sendAndWait(GuidanceTestData.withdraw("m-2"));

        commands.sendAndWait(meetingOf(GuidanceTestData.CASE_ID, "m-3", "5", LocalDate.of(2025, 3, 3)));

        assertThat(ledgerEvents())
                .contains(new GuidanceHoursCounted(ledgerId, GuidanceTestData.HOUSE, COMPANY, GuidanceTestData.CASE_ID,
                        "m-2", hours("0.00"), LocalDate.of(2025, 2, 3)))
                .noneMatch(ManagementDecisionRequired.class::isInstance);
    }

    @Test
    void createsNoLedgerForTheWithdrawalOfAMeetingItNeverCounted() {
        String otherLedger = GuidanceHoursEvent.ledgerIdOf(House.FYN, COMPANY);
        commands.sendAndWait(new CountGuidanceHours(otherLedger, House.FYN, COMPANY, "case-x", "m-1", hours("0"),
                null));

        assertThat(axon.eventStore().readEvents(otherLedger).asStream()).isEmpty();
    }

    private static RecordGuidanceMeeting meetingOf(String caseId, String meetingId, String hours, LocalDate heldOn) {
        return new RecordGuidanceMeeting(caseId, meetingId, GuidanceTestData.ADVISER, MeetingForm.DIGITAL,
                hours(hours), GuidanceTestData.THEMES, heldOn);
    }

    private List<Object> ledgerEvents() {
        return axon.eventStore().readEvents(ledgerId).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
    }
}
