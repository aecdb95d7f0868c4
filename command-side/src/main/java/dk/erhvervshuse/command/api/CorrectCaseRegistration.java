package dk.erhvervshuse.command.api;

import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Correct the case's registration. Fields left null keep their registered value; at least one must
 * change. The CVR is not correctable (see {@code CaseRegistrationCorrected}).
 */
public record CorrectCaseRegistration(@TargetAggregateIdentifier String caseId, Office office, String pNumber,
                                      LocalDate foundedOn, Segment segment, List<Theme> themes, String reason) {
}
