package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.query.targets.DefinitionSet;

import java.util.List;
import java.util.Objects;

/**
 * Where one definition set's dashboards live: the collections (all named with one prefix, so a second
 * definition set is built into its own collections side by side) and the document ids, which start with the
 * definition set's id ({@code v1:FYN:2025}).
 *
 * @param definitionSet    the id of the definition set built here, e.g. {@code v1}
 * @param collectionPrefix e.g. {@code dashboard_v1_}
 */
public record DashboardNamespace(String definitionSet, String collectionPrefix) {

    /** The scope of the national roll-up, in ids where a house's name would stand. */
    public static final String NATIONAL = "NATIONAL";

    public static final DashboardNamespace V1 = new DashboardNamespace("v1", "dashboard_v1_");

    public DashboardNamespace {
        Objects.requireNonNull(definitionSet, "definitionSet");
        Objects.requireNonNull(collectionPrefix, "collectionPrefix");
    }

    /** The namespace a definition set is built into by default: {@code dashboard_<id>_...}. */
    public static DashboardNamespace of(DefinitionSet definitions) {
        return new DashboardNamespace(definitions.id(), "dashboard_" + definitions.id() + "_");
    }

    /** Per company (CVR): its cases at every house, accounts, and the house-years it ever contributed to. */
    public String facts() {
        return collectionPrefix + "facts";
    }

    /** Per result contract ({@code HOUSE:YEAR}): terms, status, signatures, history. */
    public String contracts() {
        return collectionPrefix + "contract";
    }

    /** Per delivery stream ({@code awareness:FYN:2025}, {@code control:GROWTH:2025}): every delivery. */
    public String deliveries() {
        return collectionPrefix + "delivery";
    }

    /** Per house and year ({@code v1:FYN:2025}) and per year nationally ({@code v1:NATIONAL:2025}): the dashboard. */
    public String dashboards() {
        return collectionPrefix + "view";
    }

    /** Per house and year, and nationally: the tallies of each goal's explanation parts. */
    public String tallies() {
        return collectionPrefix + "tally";
    }

    /** Per house, year, goal and part ({@code v1:FYN:2025:goal1:13}): the explanation's entries. */
    public String explanations() {
        return collectionPrefix + "explain";
    }

    public List<String> collections() {
        return List.of(facts(), contracts(), deliveries(), dashboards(), tallies(), explanations());
    }

    /** {@code v1:FYN:2025}; the scope is a house's name or {@link #NATIONAL}. */
    public String dashboardId(String scope, int year) {
        return definitionSet + ":" + scope + ":" + year;
    }

    /** {@code v1:FYN:2025:goal1:13}. */
    public String explanationId(String scope, int year, String goalId, String chunk) {
        return dashboardId(scope, year) + ":" + goalId + ":" + chunk;
    }
}
