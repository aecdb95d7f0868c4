package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Correct a recorded meeting: its facts in full, and why the earlier registration was wrong. */
public record CorrectGuidanceMeeting(@TargetAggregateIdentifier String caseId, String meetingId, String adviserId,
                                     MeetingForm form, BigDecimal hours, List<Theme> themes, LocalDate heldOn,
                                     String reason) {
}
