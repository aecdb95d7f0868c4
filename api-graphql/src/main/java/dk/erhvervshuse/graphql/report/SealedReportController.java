package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.graphql.security.ReportAccess;
import dk.erhvervshuse.query.api.ReportQueries;
import dk.erhvervshuse.query.api.ReportRestatementView;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.api.SealedReportQueries;
import dk.erhvervshuse.query.api.SealedReportView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;

/**
 * The SealedReport and ReportRestatement types (forseglet afrapportering, §9, §10.2): sealing a house's or the
 * national report, the seals of a house-year, one seal, and a seal held against the same report computed now.
 */
@Controller
class SealedReportController {

    private final ReportSealing sealing;
    private final SealedReportQueries seals;
    private final ReportQueries reports;
    private final ReportAccess access;
    private final CurrentActor currentActor;

    SealedReportController(ReportSealing sealing, SealedReportQueries seals, ReportQueries reports,
                           ReportAccess access, CurrentActor currentActor) {
        this.sealing = sealing;
        this.seals = seals;
        this.reports = reports;
        this.access = access;
        this.currentActor = currentActor;
    }

    record SealReportInput(House house, int year, String build, LocalDate sealedOn) {
    }

    /** A restatement as the schema shows it: with its changed goals counted, and all goals or the changed only. */
    record Restatement(SealedReportView sealed, ReportView now, int changedCount,
                       List<ReportRestatementView.GoalRestatement> goals) {
    }

    @MutationMapping
    ReportSealing.Sealed sealReport(@Argument SealReportInput input) {
        Actor actor = currentActor.get();
        access.requireMaySeal(actor, input.house());
        return sealing.seal(actor, input.house(), ReportArguments.requireYear(input.year()), input.build(),
                input.sealedOn());
    }

    @QueryMapping
    List<SealedReportView> sealedReports(@Argument House house, @Argument int year) {
        access.requireMayRead(currentActor.get(), house);
        return seals.sealedReports(house, ReportArguments.requireYear(year));
    }

    @QueryMapping
    SealedReportView sealedReport(@Argument String id) {
        access.requireMayRead(currentActor.get(), ReportArguments.seal(id).house());
        return seals.sealedReport(id).orElse(null);
    }

    @QueryMapping
    Restatement reportRestatement(@Argument String id, @Argument String build, @Argument Boolean changedOnly) {
        access.requireMayRead(currentActor.get(), ReportArguments.seal(id).house());
        return reports.restatement(id, build).map(view -> new Restatement(view.sealed(), view.now(),
                view.changedGoals().size(), Boolean.TRUE.equals(changedOnly) ? view.changedGoals() : view.goals()))
                .orElse(null);
    }

    @SchemaMapping(typeName = "SealedReport", field = "id")
    String id(SealedReportView sealed) {
        return sealed.sealId();
    }
}
