package dk.erhvervshuse.graphql.contract;

import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.common.Acknowledgement;
import dk.erhvervshuse.graphql.common.AuditedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.common.CommandTarget;
import dk.erhvervshuse.graphql.contract.ContractInputs.AmendResultContractInput;
import dk.erhvervshuse.graphql.contract.ContractInputs.ContractGoalInput;
import dk.erhvervshuse.graphql.contract.ContractInputs.ProposeResultContractInput;
import dk.erhvervshuse.graphql.contract.ContractInputs.SignResultContractInput;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CommandPermissions;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.ResultContractView;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The ResultContract type (resultatkontrakt, §8.2): reading a house's contract for a year, and the chairs'
 * mutations that propose, sign and amend it. Who may do which is {@link CommandPermissions}'s; the rules of
 * the contract itself (every national goal once, each chair signs once, amendments only in force) are the
 * command side's.
 */
@Controller
class ResultContractController {

    private final DashboardQueries dashboards;
    private final AuditedCommands commands;
    private final CommandPermissions permissions;
    private final CurrentActor currentActor;
    private final BusinessCalendar calendar;

    ResultContractController(DashboardQueries dashboards, AuditedCommands commands, CommandPermissions permissions,
                             CurrentActor currentActor, BusinessCalendar calendar) {
        this.dashboards = dashboards;
        this.commands = commands;
        this.permissions = permissions;
        this.currentActor = currentActor;
        this.calendar = calendar;
    }

    @QueryMapping
    ResultContractView resultContract(@Argument House house, @Argument int year) {
        return dashboards.resultContract(house, year).orElse(null);
    }

    @MutationMapping
    ResultContractPayload proposeResultContract(@Argument ProposeResultContractInput input,
                                                DataFetchingEnvironment environment) {
        Actor actor = currentActor.get();
        permissions.requireContractChair(actor, input.house());
        ProposeResultContract command = ProposeResultContract.of(input.house(), input.year(),
                ContractGoalInput.toGoals(input.nationalGoals()), ContractGoalInput.toGoals(input.localGoals()),
                calendar.orToday(input.proposedOn()));
        Acknowledgement accepted = commands.send(command, actor, target(input.house(), input.year()));
        return payload(environment, command.contractId(), input.house(), input.year(), accepted);
    }

    @MutationMapping
    ResultContractPayload signResultContract(@Argument SignResultContractInput input,
                                             DataFetchingEnvironment environment) {
        Actor actor = currentActor.get();
        permissions.requireMaySignAs(actor, input.house(), input.party());
        SignResultContract command = SignResultContract.of(input.house(), input.year(), input.party(), actor.userId(),
                calendar.orToday(input.signedOn()));
        Acknowledgement accepted = commands.send(command, actor, target(input.house(), input.year()));
        return payload(environment, command.contractId(), input.house(), input.year(), accepted);
    }

    @MutationMapping
    ResultContractPayload amendResultContract(@Argument AmendResultContractInput input,
                                              DataFetchingEnvironment environment) {
        Actor actor = currentActor.get();
        permissions.requireContractChair(actor, input.house());
        AmendResultContract command = AmendResultContract.of(input.house(), input.year(),
                ContractGoalInput.toGoals(input.goals()), input.reason(), input.agreedBy(),
                calendar.orToday(input.amendedOn()));
        Acknowledgement accepted = commands.send(command, actor, input.reason(), target(input.house(), input.year()));
        return payload(environment, command.contractId(), input.house(), input.year(), accepted);
    }

    private static CommandTarget target(House house, int year) {
        return CommandTarget.resultContract(String.valueOf(house), year);
    }

    private ResultContractPayload payload(DataFetchingEnvironment environment, String contractId, House house,
                                          int year, Acknowledgement accepted) {
        ResultContractView view = environment.getSelectionSet().contains("resultContract")
                ? dashboards.resultContract(house, year).orElse(null)
                : null;
        return new ResultContractPayload(contractId, house, year, accepted.commandId(), accepted.acceptedAt(), view);
    }
}
