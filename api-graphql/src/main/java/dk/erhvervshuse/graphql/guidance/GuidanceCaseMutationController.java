package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.command.api.CloseGuidanceCase;
import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.graphql.common.Acknowledgement;
import dk.erhvervshuse.graphql.common.AuditedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.common.CommandTarget;
import dk.erhvervshuse.graphql.common.EdgeIds;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.CloseGuidanceCaseInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.CorrectCaseRegistrationInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.CorrectGuidanceMeetingInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.OpenGuidanceCaseInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.RecordGuidanceMeetingInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.RecordUserEvaluationInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.ReferCompanyInput;
import dk.erhvervshuse.graphql.guidance.GuidanceInputs.WithdrawGuidanceMeetingInput;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CommandPermissions;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations of a guidance case. Each checks who may act, fills in what the edge supplies (ids not
 * given, today's date, the adviser when it is the user), sends one command with its audit metadata and
 * acknowledges it. The case's view in the answer is read, if asked for, after the command was accepted;
 * views follow the log asynchronously, so it may not show the change yet (see the schema).
 */
@Controller
class GuidanceCaseMutationController {

    private final AuditedCommands commands;
    private final CommandPermissions permissions;
    private final CurrentActor currentActor;
    private final BusinessCalendar calendar;
    private final GuidanceQueries guidance;

    GuidanceCaseMutationController(AuditedCommands commands, CommandPermissions permissions, CurrentActor currentActor,
                                   BusinessCalendar calendar, GuidanceQueries guidance) {
        this.commands = commands;
        this.permissions = permissions;
        this.currentActor = currentActor;
        this.calendar = calendar;
        this.guidance = guidance;
    }

    @MutationMapping
    GuidanceCasePayload openGuidanceCase(@Argument OpenGuidanceCaseInput input, DataFetchingEnvironment environment) {
        Actor actor = currentActor.get();
        permissions.requireOwnHouse(actor, input.house());
        String caseId = EdgeIds.orFromCommand(input.caseId(), input.commandId(), "case");
        Acknowledgement accepted = commands.send(new OpenGuidanceCase(caseId, input.house(), input.office(),
                        input.cvr(), input.pNumber(), input.foundedOn(), input.segment(), input.themes(),
                        calendar.orToday(input.openedOn())),
                actor, null, CommandTarget.guidanceCase(caseId), input.commandId());
        return payload(environment, caseId, null, null, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload recordGuidanceMeeting(@Argument RecordGuidanceMeetingInput input,
                                              DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        String meetingId = EdgeIds.orFromCommand(input.meetingId(), input.commandId(), "meeting");
        String adviserId = input.adviserId() != null ? input.adviserId() : actor.userId();
        Acknowledgement accepted = commands.send(new RecordGuidanceMeeting(input.caseId(), meetingId, adviserId,
                        input.form(), input.hours(), input.themes(), input.heldOn()),
                actor, null, CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), meetingId, null, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload correctGuidanceMeeting(@Argument CorrectGuidanceMeetingInput input,
                                               DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        Acknowledgement accepted = commands.send(new CorrectGuidanceMeeting(input.caseId(), input.meetingId(),
                        input.adviserId(), input.form(), input.hours(), input.themes(), input.heldOn(), input.reason()),
                actor, input.reason(), CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), input.meetingId(), null, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload withdrawGuidanceMeeting(@Argument WithdrawGuidanceMeetingInput input,
                                                DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        Acknowledgement accepted = commands.send(new WithdrawGuidanceMeeting(input.caseId(), input.meetingId(),
                        input.reason()),
                actor, input.reason(), CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), input.meetingId(), null, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload referCompany(@Argument ReferCompanyInput input, DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        String referralId = EdgeIds.orFromCommand(input.referralId(), input.commandId(), "referral");
        Acknowledgement accepted = commands.send(new ReferCompany(input.caseId(), referralId, input.partner(),
                        input.category(), input.partnerName(), calendar.orToday(input.referredOn())),
                actor, null, CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), null, referralId, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload recordUserEvaluation(@Argument RecordUserEvaluationInput input,
                                             DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        String evaluationId = EdgeIds.orFromCommand(input.evaluationId(), input.commandId(), "evaluation");
        Acknowledgement accepted = commands.send(new RecordUserEvaluation(input.caseId(), evaluationId,
                        input.recommendScore(), input.referralUsed(), input.sustainabilityHelpedToHighDegree(),
                        calendar.orToday(input.receivedOn())),
                actor, null, CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), null, null, evaluationId, accepted);
    }

    @MutationMapping
    GuidanceCasePayload correctCaseRegistration(@Argument CorrectCaseRegistrationInput input,
                                                DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        Acknowledgement accepted = commands.send(new CorrectCaseRegistration(input.caseId(), input.office(),
                        input.pNumber(), input.foundedOn(), input.segment(), input.themes(), input.reason()),
                actor, input.reason(), CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), null, null, null, accepted);
    }

    @MutationMapping
    GuidanceCasePayload closeGuidanceCase(@Argument CloseGuidanceCaseInput input, DataFetchingEnvironment environment) {
        Actor actor = actorOnCase(input.caseId());
        Acknowledgement accepted = commands.send(new CloseGuidanceCase(input.caseId(),
                        calendar.orToday(input.closedOn())),
                actor, null, CommandTarget.guidanceCase(input.caseId()), input.commandId());
        return payload(environment, input.caseId(), null, null, null, accepted);
    }

    private Actor actorOnCase(String caseId) {
        Actor actor = currentActor.get();
        permissions.requireOwnCase(actor, caseId);
        return actor;
    }

    private GuidanceCasePayload payload(DataFetchingEnvironment environment, String caseId, String meetingId,
                                        String referralId, String evaluationId, Acknowledgement accepted) {
        GuidanceCaseView view = environment.getSelectionSet().contains("guidanceCase")
                ? guidance.guidanceCase(caseId).orElse(null)
                : null;
        return new GuidanceCasePayload(caseId, meetingId, referralId, evaluationId, accepted.commandId(),
                accepted.acceptedAt(), accepted.alreadyApplied(), view);
    }
}
