package dk.erhvervshuse.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Close a case: the guidance has ended. */
public record CloseGuidanceCase(@TargetAggregateIdentifier String caseId, LocalDate closedOn) {
}
