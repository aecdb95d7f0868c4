package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read and who may seal the yearly reports (afrapportering, §9), over GraphQL and as CSV alike:
 * <table>
 *     <caption>roles and reports</caption>
 *     <tr><th>role</th><th>read</th><th>seal</th></tr>
 *     <tr><td>ADVISER</td><td>own house's report and the national report</td><td>no ({@code role.notReportSealer})</td></tr>
 *     <tr><td>HOUSE_MANAGER</td><td>own house's report and the national report</td>
 *         <td>own house's report: the house reports to KKR, KL and the Business Authority (§9)</td></tr>
 *     <tr><td>KKR_CHAIR, BOARD_CHAIR</td><td>every report</td><td>no ({@code role.notReportSealer})</td></tr>
 *     <tr><td>BUSINESS_AUTHORITY_ANALYST</td><td>every report</td>
 *         <td>every report: the Authority compiles the yearly report on the national goals (§9)</td></tr>
 *     <tr><td>MINISTRY_AUDITOR</td><td>every report</td><td>no ({@code role.readOnly}: supervision reads, §10.2)</td></tr>
 * </table>
 * A house's people read their own house's figures: the figures of another house are that house's until it reports
 * them. Refusals are {@link Forbidden} with {@code house.notOwn} when the role may, but not for that house. Kept
 * in this one class so that it moves as a whole into a general access policy.
 */
@Component
public class ReportAccess {

    /**
     * The house roles, who read their own house's report only: its people and the two chairs of its contract,
     * as with its dashboard ({@link AccessPolicy}: a house's figures are that house's until published).
     */
    private static final Set<Role> OWN_HOUSE_READERS = EnumSet.of(Role.ADVISER, Role.HOUSE_MANAGER, Role.KKR_CHAIR,
            Role.BOARD_CHAIR);

    /** @param house the report's house; null for the national report, which every user may read */
    public void requireMayRead(Actor actor, House house) {
        if (house != null && OWN_HOUSE_READERS.contains(actor.role()) && house != actor.house()) {
            throw new Forbidden("house", "house.notOwn", actor.userId() + " acts for " + actor.house()
                    + " and may read its own house's report and the national report, not " + house + "'s");
        }
    }

    /** @param house the report's house; null for the national report */
    public void requireMaySeal(Actor actor, House house) {
        switch (actor.role()) {
            case BUSINESS_AUTHORITY_ANALYST -> {
            }
            case HOUSE_MANAGER -> {
                if (house == null) {
                    throw new Forbidden("house", "report.nationalByAuthority", "the national report is the Business "
                            + "Authority's to seal (§9); " + actor.userId() + " acts for " + actor.house());
                }
                if (house != actor.house()) {
                    throw new Forbidden("house", "house.notOwn", actor.userId() + " acts for " + actor.house()
                            + " and may seal its own house's report, not " + house + "'s");
                }
            }
            case MINISTRY_AUDITOR -> throw new Forbidden(null, "role.readOnly",
                    actor.userId() + " acts as " + actor.role() + " and may not seal anything");
            default -> throw new Forbidden(null, "role.notReportSealer", "a yearly report is sealed by the house's "
                    + "management or the Business Authority's analysts (§9); " + actor.userId() + " acts as "
                    + actor.role());
        }
    }
}
