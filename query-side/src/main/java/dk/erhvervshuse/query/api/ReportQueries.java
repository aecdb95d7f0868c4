package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.Optional;

/**
 * The yearly reports of agreement §9, derived from a dashboard build: each house reports on its result contract's
 * goals to KKR, KL and the Business Authority, and the Authority reports on the national goals. A report is a
 * handful of dashboard look-ups, so it costs the same whatever the log's length.
 */
public interface ReportQueries {

    /**
     * A house's report for the year: every national goal of §8.1 and the contract's local goals.
     *
     * @param buildId a dashboard build (see {@link DashboardBuilds}); null: the default build
     * @throws IllegalArgumentException for a year outside the agreement (2024–2027)
     * @throws BuildRejected            for a build that does not exist or cannot be read
     */
    ReportView houseReport(House house, int year, String buildId);

    /** The Business Authority's national report for the year: per national goal the roll-up and each house's line. */
    ReportView nationalReport(int year, String buildId);

    /**
     * The sealed report against the same report computed now from {@code buildId} (null: the default build), goal
     * by goal; empty when there is no such seal.
     */
    Optional<ReportRestatementView> restatement(String sealId, String buildId);
}
