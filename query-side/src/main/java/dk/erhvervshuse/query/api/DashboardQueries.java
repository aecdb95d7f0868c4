package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.Optional;

/**
 * The goals of the agreement (§8.1) and the result contracts (§8.2) as dashboards: each house's goal
 * fulfilment (målopfyldelse) per year, the national roll-up, the contract, and for every number the
 * companies, cases and events behind it. Dashboards are precomputed as events arrive: a dashboard is one
 * key look-up however long the history, the national roll-up one look-up, an explanation page two.
 */
public interface DashboardQueries {

    int MAX_PAGE_SIZE = 500;

    /** The house's dashboard for the year; with the agreement's default targets and no values when nothing was recorded. */
    DashboardView dashboard(House house, int year);

    /** The six houses rolled up against the agreement's national targets. */
    NationalDashboardView nationalDashboard(int year);

    /** The house's result contract for the year, if one was proposed. */
    Optional<ResultContractView> resultContract(House house, int year);

    /**
     * The entries behind one number of the house's dashboard.
     *
     * @param goalId a national goal's id ({@code goal1}), its definition's id ({@code goal1/v1}) or a local goal's id
     * @param after  the cursor of the last entry already seen (null: from the start)
     * @param first  page size, 1 to {@link #MAX_PAGE_SIZE}
     */
    ExplainPage explainGoal(House house, int year, String goalId, String after, int first);
}
