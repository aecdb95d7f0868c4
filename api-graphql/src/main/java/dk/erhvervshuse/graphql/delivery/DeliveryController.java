package dk.erhvervshuse.graphql.delivery;

import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.graphql.common.Acknowledgement;
import dk.erhvervshuse.graphql.common.AuditedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.common.CommandTarget;
import dk.erhvervshuse.graphql.delivery.DeliveryInputs.DeliverAwarenessSurveyInput;
import dk.erhvervshuse.graphql.delivery.DeliveryInputs.DeliverCompanyAccountsInput;
import dk.erhvervshuse.graphql.delivery.DeliveryInputs.DeliverControlGroupGrowthInput;
import dk.erhvervshuse.graphql.delivery.DeliveryPayloads.AwarenessSurveyDeliveryPayload;
import dk.erhvervshuse.graphql.delivery.DeliveryPayloads.CompanyAccountsDeliveryPayload;
import dk.erhvervshuse.graphql.delivery.DeliveryPayloads.ControlGroupGrowthDeliveryPayload;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CommandPermissions;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DashboardView;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The external deliveries of §9, which only the Business Authority's analysts make: awareness surveys (goal 2),
 * companies' accounts and control-group growth (goal 5). Restatement rules (a later delivery restates, final
 * figures are not replaced by preliminary ones) are the command side's.
 */
@Controller
class DeliveryController {

    private final AuditedCommands commands;
    private final CommandPermissions permissions;
    private final CurrentActor currentActor;
    private final BusinessCalendar calendar;
    private final DashboardQueries dashboards;

    DeliveryController(AuditedCommands commands, CommandPermissions permissions, CurrentActor currentActor,
                       BusinessCalendar calendar, DashboardQueries dashboards) {
        this.commands = commands;
        this.permissions = permissions;
        this.currentActor = currentActor;
        this.calendar = calendar;
        this.dashboards = dashboards;
    }

    @MutationMapping
    AwarenessSurveyDeliveryPayload deliverAwarenessSurvey(@Argument DeliverAwarenessSurveyInput input,
                                                          DataFetchingEnvironment environment) {
        Actor actor = analyst();
        DeliverAwarenessSurvey command = DeliverAwarenessSurvey.of(input.house(), input.year(),
                input.awareOfHousePercent(), input.awareOfOffersPercent(), input.respondents(), input.status(),
                calendar.orToday(input.deliveredOn()));
        Acknowledgement accepted = commands.send(command, actor,
                CommandTarget.delivery("awareness survey of " + input.house() + " for " + input.year()));
        DashboardView dashboard = environment.getSelectionSet().contains("dashboard")
                ? dashboards.dashboard(input.house(), input.year())
                : null;
        return new AwarenessSurveyDeliveryPayload(command.deliveryStreamId(), input.house(), input.year(),
                accepted.commandId(), accepted.acceptedAt(), dashboard);
    }

    @MutationMapping
    CompanyAccountsDeliveryPayload deliverCompanyAccounts(@Argument DeliverCompanyAccountsInput input) {
        Actor actor = analyst();
        DeliverCompanyAccounts command = DeliverCompanyAccounts.of(input.cvr(), input.year(), input.revenue(),
                input.fullTimeEmployees(), input.grossProfit(), input.status(), calendar.orToday(input.deliveredOn()));
        Acknowledgement accepted = commands.send(command, actor,
                CommandTarget.delivery("accounts of company " + input.cvr() + " for " + input.year()));
        return new CompanyAccountsDeliveryPayload(command.deliveryStreamId(), input.cvr(), input.year(),
                accepted.commandId(), accepted.acceptedAt());
    }

    @MutationMapping
    ControlGroupGrowthDeliveryPayload deliverControlGroupGrowth(@Argument DeliverControlGroupGrowthInput input) {
        Actor actor = analyst();
        DeliverControlGroupGrowth command = DeliverControlGroupGrowth.of(input.segment(), input.year(),
                input.revenueGrowthPercent(), input.employmentGrowthPercent(),
                input.revenuePerEmployeeGrowthPercent(), input.grossProfitPerEmployeeGrowthPercent(), input.status(),
                calendar.orToday(input.deliveredOn()));
        Acknowledgement accepted = commands.send(command, actor,
                CommandTarget.delivery("control-group growth of " + input.segment() + " for " + input.year()));
        return new ControlGroupGrowthDeliveryPayload(command.deliveryStreamId(), input.segment(), input.year(),
                accepted.commandId(), accepted.acceptedAt());
    }

    private Actor analyst() {
        Actor actor = currentActor.get();
        permissions.requireBusinessAuthorityAnalyst(actor);
        return actor;
    }
}
