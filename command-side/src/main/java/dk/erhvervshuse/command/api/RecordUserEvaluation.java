package dk.erhvervshuse.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record the company's answer to the user evaluation (brugerevaluering, §9). */
public record RecordUserEvaluation(@TargetAggregateIdentifier String caseId, String evaluationId, Integer recommendScore,
                                   Boolean referralUsed, Boolean sustainabilityHelpedToHighDegree,
                                   LocalDate receivedOn) {
}
