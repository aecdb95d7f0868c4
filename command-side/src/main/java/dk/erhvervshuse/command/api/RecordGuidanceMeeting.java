package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Record a guidance meeting held with the case's company, and the hours the adviser spent on it. */
public record RecordGuidanceMeeting(@TargetAggregateIdentifier String caseId, String meetingId, String adviserId,
                                    MeetingForm form, BigDecimal hours, List<Theme> themes, LocalDate heldOn) {
}
