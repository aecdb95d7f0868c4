package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.graphql.security.ReportAccess;
import dk.erhvervshuse.query.api.ReportQueries;
import dk.erhvervshuse.query.api.ReportView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The YearlyReport type (afrapportering, §9): a house's report to KKR, KL and the Business Authority, and the
 * Authority's national report, each read from a dashboard build (the default one unless named). Who may read which
 * is {@link ReportAccess}'s.
 */
@Controller
class ReportController {

    private final ReportQueries reports;
    private final ReportAccess access;
    private final CurrentActor currentActor;

    ReportController(ReportQueries reports, ReportAccess access, CurrentActor currentActor) {
        this.reports = reports;
        this.access = access;
        this.currentActor = currentActor;
    }

    @QueryMapping
    ReportView yearlyReport(@Argument House house, @Argument int year, @Argument String build) {
        access.requireMayRead(currentActor.get(), house);
        return reports.houseReport(house, ReportArguments.requireYear(year), build);
    }

    @QueryMapping
    ReportView nationalReport(@Argument int year, @Argument String build) {
        access.requireMayRead(currentActor.get(), null);
        return reports.nationalReport(ReportArguments.requireYear(year), build);
    }
}
