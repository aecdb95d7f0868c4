package dk.erhvervshuse.graphql.company;

import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.graphql.common.Acknowledgement;
import dk.erhvervshuse.graphql.common.AuditedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.common.CommandTarget;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CommandPermissions;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.graphql.security.HouseScope;
import dk.erhvervshuse.query.api.CompanyView;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Company type (virksomhed): a company across houses, its cases, and the management decisions the
 * 20-hour rule (§5.1) requires of a house, which management records here.
 */
@Controller
class CompanyController {

    private final GuidanceQueries guidance;
    private final AuditedCommands commands;
    private final CommandPermissions permissions;
    private final CurrentActor currentActor;
    private final BusinessCalendar calendar;
    private final HouseScope houseScope;

    CompanyController(GuidanceQueries guidance, AuditedCommands commands, CommandPermissions permissions,
                      CurrentActor currentActor, BusinessCalendar calendar, HouseScope houseScope) {
        this.guidance = guidance;
        this.commands = commands;
        this.permissions = permissions;
        this.currentActor = currentActor;
        this.calendar = calendar;
        this.houseScope = houseScope;
    }

    @QueryMapping
    CompanyView company(@Argument String cvr) {
        return guidance.company(cvr).map(houseScope::visible).orElse(null);
    }

    /** Every case of every company in the answer, read in one look-up. */
    @BatchMapping(typeName = "Company")
    Map<CompanyView, List<GuidanceCaseView>> cases(List<CompanyView> companies) {
        List<String> caseIds = companies.stream()
                .flatMap(company -> company.cases().stream())
                .map(CompanyView.CaseSummary::caseId)
                .distinct()
                .toList();
        Map<String, GuidanceCaseView> views = guidance.guidanceCases(caseIds).stream()
                .collect(Collectors.toMap(GuidanceCaseView::caseId, Function.identity(), (first, second) -> first));
        Map<CompanyView, List<GuidanceCaseView>> byCompany = new HashMap<>();
        for (CompanyView company : companies) {
            List<GuidanceCaseView> cases = new ArrayList<>();
            company.cases().forEach(summary -> {
                GuidanceCaseView view = views.get(summary.caseId());
                if (view != null) {
                    cases.add(view);
                }
            });
            byCompany.put(company, cases);
        }
        return byCompany;
    }

    @MutationMapping
    RecordManagementDecisionPayload recordManagementDecision(@Argument RecordManagementDecisionInput input,
                                                             DataFetchingEnvironment environment) {
        Actor actor = currentActor.get();
        permissions.requireHouseManager(actor, input.house());
        Acknowledgement accepted = commands.send(RecordManagementDecision.of(input.house(), input.cvr(),
                        input.requirementId(), actor.userId(), input.continueGuidance(), input.justification(),
                        calendar.orToday(input.decidedOn())),
                actor, CommandTarget.hoursLedger(String.valueOf(input.house()), input.cvr()));
        CompanyView company = environment.getSelectionSet().contains("company")
                ? guidance.company(input.cvr()).map(houseScope::visible).orElse(null)
                : null;
        return new RecordManagementDecisionPayload(input.house(), input.cvr(), input.requirementId(),
                accepted.commandId(), accepted.acceptedAt(), company);
    }
}
