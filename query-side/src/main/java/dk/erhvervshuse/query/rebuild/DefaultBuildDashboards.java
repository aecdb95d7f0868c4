package dk.erhvervshuse.query.rebuild;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.ExplainPage;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.api.ResultContractView;

import java.util.Objects;
import java.util.Optional;

/** The dashboards of whichever build is the default now: what {@code dashboard} answers when no build is named. */
public final class DefaultBuildDashboards implements DashboardQueries {

    private final DashboardBuilds builds;

    public DefaultBuildDashboards(DashboardBuilds builds) {
        this.builds = Objects.requireNonNull(builds, "builds");
    }

    @Override
    public DashboardView dashboard(House house, int year) {
        return builds.dashboards(null).dashboard(house, year);
    }

    @Override
    public NationalDashboardView nationalDashboard(int year) {
        return builds.dashboards(null).nationalDashboard(year);
    }

    @Override
    public Optional<ResultContractView> resultContract(House house, int year) {
        return builds.dashboards(null).resultContract(house, year);
    }

    @Override
    public ExplainPage explainGoal(House house, int year, String goalId, String after, int first) {
        return builds.dashboards(null).explainGoal(house, year, goalId, after, first);
    }
}
