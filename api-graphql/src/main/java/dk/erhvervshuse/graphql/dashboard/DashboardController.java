package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The Dashboard and NationalDashboard types (målopfyldelse, §8.1): a house's goals for a year and the national
 * roll-up, of the default build or a named one (a definition set built side by side, or as of a past moment).
 * Both are precomputed by the query side, so each is one look-up; reading is open to every user.
 */
@Controller
class DashboardController {

    private final DashboardBuilds builds;

    DashboardController(DashboardBuilds builds) {
        this.builds = builds;
    }

    @QueryMapping
    DashboardView dashboard(@Argument House house, @Argument int year, @Argument String build) {
        return builds.dashboards(build).dashboard(house, year);
    }

    @QueryMapping
    NationalDashboardView nationalDashboard(@Argument int year, @Argument String build) {
        return builds.dashboards(build).nationalDashboard(year);
    }

    @SchemaMapping(typeName = "Dashboard")
    GoalResultView goal(DashboardView dashboard, @Argument String id) {
        return dashboard.goal(id);
    }

    @SchemaMapping(typeName = "NationalDashboard", field = "goal")
    GoalResultView nationalGoal(NationalDashboardView dashboard, @Argument String id) {
        return dashboard.goal(id);
    }
}
