/**
 * Dashboards of the agreement's goals (§8.1) and the result contracts (§8.2), kept by the processing group
 * {@code dashboards} for definition set {@code v1} in collections named {@code dashboard_v1_*}:
 * <ul>
 *     <li>{@code facts} — per company (CVR): its cases at every house, its accounts, the house-years it ever
 *     contributed to;</li>
 *     <li>{@code contract} — per result contract ({@code FYN:2025}): terms, status, signatures, history;</li>
 *     <li>{@code delivery} — per delivery stream ({@code awareness:FYN:2025}, {@code control:GROWTH:2025});</li>
 *     <li>{@code view} — per house and year ({@code v1:FYN:2025}) and nationally ({@code v1:NATIONAL:2025}):
 *     the precomputed dashboard;</li>
 *     <li>{@code tally} — per house and year: each goal's explanation parts with their tallies;</li>
 *     <li>{@code explain} — per house, year, goal and part ({@code v1:FYN:2025:goal1:13}): the entries.</li>
 * </ul>
 * Every read is by {@code _id} or an enumerated list of ids. A second definition set is built by a second
 * {@link dk.erhvervshuse.query.dashboard.DashboardProjection} with its own namespace, side by side.
 */
package dk.erhvervshuse.query.dashboard;
