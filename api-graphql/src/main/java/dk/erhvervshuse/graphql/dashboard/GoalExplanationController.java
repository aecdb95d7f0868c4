package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.ExplainPage;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The explanation (forklaring) of one dashboard number: the companies, cases and deliveries behind it, as a
 * cursor connection. The query side gives every entry its own cursor, so every edge can be continued from.
 */
@Controller
class GoalExplanationController {

    static final int DEFAULT_PAGE_SIZE = 50;

    private final DashboardBuilds builds;

    GoalExplanationController(DashboardBuilds builds) {
        this.builds = builds;
    }

    @QueryMapping
    GoalExplanationConnection explainGoal(@Argument House house, @Argument int year, @Argument String goal,
                                          @Argument Integer first, @Argument String after,
                                          @Argument String build) {
        String from = after == null || after.isEmpty() ? null : after;
        ExplainPage page = builds.dashboards(build).explainGoal(house, year, goal, from,
                first == null ? DEFAULT_PAGE_SIZE : first);
        return GoalExplanationConnection.of(page, from);
    }
}
