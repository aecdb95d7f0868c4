package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.command.guidance.GuidanceTestData.ADVISER;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.CASE_ID;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.COMPANY;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.HOUSE;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.REASON;
import static dk.erhvervshuse.command.guidance.GuidanceTestData.hours;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class TwentyHourPolicyTest {

    private static final String LEDGER_ID = "MIDTJYLLAND:13748136";
    private static final LocalDate HELD_ON = LocalDate.of(2025, 2, 3);

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final TwentyHourPolicy policy = new TwentyHourPolicy(commandGateway);

    @Test
    void countsARecordedMeetingIntoTheCompanysLedgerAtTheHouse() {
        policy.on(new GuidanceMeetingRecorded(CASE_ID, HOUSE, COMPANY, "m-1", ADVISER, MeetingForm.DIGITAL,
                hours("2.50"), List.of(Theme.CAPITAL), HELD_ON));

        verify(commandGateway).sendAndWait(new CountGuidanceHours(LEDGER_ID, HOUSE, COMPANY, CASE_ID, "m-1",
                hours("2.50"), HELD_ON));
        verifyNoMoreInteractions(commandGateway);
    }

    @Test
    void countsACorrectedMeetingWithItsCorrectedHoursAndDate() {
        LocalDate correctedDay = HELD_ON.plusDays(1);
        policy.on(new GuidanceMeetingCorrected(CASE_ID, HOUSE, COMPANY, "m-1", ADVISER, MeetingForm.PHYSICAL,
                hours("4.00"), List.of(Theme.CAPITAL), correctedDay, REASON));

        verify(commandGateway).sendAndWait(new CountGuidanceHours(LEDGER_ID, HOUSE, COMPANY, CASE_ID, "m-1",
                hours("4.00"), correctedDay));
        verifyNoMoreInteractions(commandGateway);
    }

    @Test
    void countsAWithdrawnMeetingAsZeroHoursLeavingTheDateToTheLedger() {
        policy.on(new GuidanceMeetingWithdrawn(CASE_ID, HOUSE, COMPANY, "m-1", REASON));

        verify(commandGateway).sendAndWait(new CountGuidanceHours(LEDGER_ID, HOUSE, COMPANY, CASE_ID, "m-1",
                hours("0"), null));
        verifyNoMoreInteractions(commandGateway);
    }
}
