package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.List;
import java.util.Optional;

/**
 * Recomputing every target under a new definition from the unchanged log (DOMAIN.md: the agreement
 * expects its definitions to move, e.g. the goal-5 productivity proxy "until a better proxy is developed"):
 * a definition set is built from the start of the log into its own collections by its own processor while
 * the default build keeps serving (blue/green), then promoted to answer {@code dashboard}; a build bounded to a
 * log position, a recording time or a business date shows the dashboards as they stood then.
 */
public interface DashboardBuilds {

    /** At most this many builds read the log at once, to keep the live dashboards quick. */
    int MAX_BUILDING = 2;

    /** Every build, the retired and cancelled ones included, oldest first. */
    List<DashboardBuildView> builds();

    /** The build with this id. */
    Optional<DashboardBuildView> build(String id);

    /** The build {@code dashboard} answers with when none is named. */
    String defaultBuild();

    /**
     * Starts building {@code definitionSet} from the start of the log.
     *
     * @throws IllegalArgumentException for an unknown definition set or a bound in the future
     * @throws BuildRejected            when {@link #MAX_BUILDING} builds are already reading the log
     */
    DashboardBuildView start(String definitionSet, BuildBound bound, String requestedBy);

    /** Stops a build that has not been promoted, and drops its collections. */
    DashboardBuildView cancel(String id, String requestedBy);

    /** Makes a live (caught-up, unbounded) build the one {@code dashboard} answers with. */
    DashboardBuildView promote(String id, String requestedBy);

    /** Takes a finished build that is not the default out of service, and drops its collections. */
    DashboardBuildView retire(String id, String requestedBy);

    /** The dashboards of a readable build; {@code null}: the default build. */
    DashboardQueries dashboards(String buildId);

    /**
     * Each goal under build {@code from} and build {@code to} side by side, for one house or (house null)
     * every house and the national roll-up, with the companies, cases or evaluations that moved and why.
     *
     * @param movedFirst at most this many moved entries listed per goal (1 to {@link DashboardQueries#MAX_PAGE_SIZE})
     */
    DashboardDiff diff(String from, String to, House house, int year, int movedFirst);

    /** The definition sets a build can be started for. */
    List<DefinitionSetView> definitionSets();
}
