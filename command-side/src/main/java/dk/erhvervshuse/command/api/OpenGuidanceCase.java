package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Open a case of specialised guidance for one company at one house, with the registration minimum
 * of §9. The case id comes from the caller, so a retried command finds the case it already opened.
 * CVR and P-number arrive as typed by the user and are checked by the command side.
 */
public record OpenGuidanceCase(@TargetAggregateIdentifier String caseId, House house, Office office, String cvr,
                               String pNumber, LocalDate foundedOn, Segment segment, List<Theme> themes,
                               LocalDate openedOn) {
}
