package dk.erhvervshuse.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a meeting that should never have been recorded; it stops counting but stays in the log. */
public record WithdrawGuidanceMeeting(@TargetAggregateIdentifier String caseId, String meetingId, String reason) {
}
