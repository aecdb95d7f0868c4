package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may issue which command, checked again by each mutation with what only it knows (the party a chair signs
 * as, the house of the case as its view stands). {@link AccessPolicy} is the one table of who may call which
 * operation, reading included, and {@link OperationGate} applies it before any of this runs; the two agree:
 * <table>
 *     <caption>roles and commands</caption>
 *     <tr><th>commands</th><th>who</th></tr>
 *     <tr><td>guidance: open a case, meetings, referrals, evaluations, corrections, close</td>
 *         <td>ADVISER or HOUSE_MANAGER of the case's house</td></tr>
 *     <tr><td>the decision of the 20-hour rule (§5.1)</td><td>HOUSE_MANAGER of the house</td></tr>
 *     <tr><td>propose or amend a result contract (§8.2)</td><td>KKR_CHAIR or BOARD_CHAIR of the house</td></tr>
 *     <tr><td>sign a result contract (§8.2)</td><td>KKR_CHAIR as party KKR_CHAIR, BOARD_CHAIR as party
 *         BOARD_CHAIR, of the house; the signatory is the user</td></tr>
 *     <tr><td>deliver external data (§9): awareness survey, company accounts, control-group growth</td>
 *         <td>BUSINESS_AUTHORITY_ANALYST</td></tr>
 *     <tr><td>start, cancel, promote or retire a dashboard build (a definition set recomputed)</td>
 *         <td>BUSINESS_AUTHORITY_ANALYST, ADMINISTRATOR</td></tr>
 *     <tr><td>anything</td><td>not MINISTRY_AUDITOR, who reads only (tilsyn, §10.2), nor ADMINISTRATOR, who
 *         runs the registry but records nothing of the business</td></tr>
 * </table>
 * A refusal is {@link Forbidden} with a stable rule: {@code role.*} when the role may not do it at all,
 * {@code house.notOwn} when it may, but not for that house, {@code party.notOwnRole} for a chair signing as the
 * other party.
 */
@Component
public class CommandPermissions {

    /** The house's own people, who register guidance (§9). */
    private static final Set<Role> GUIDANCE_ROLES = EnumSet.of(Role.ADVISER, Role.HOUSE_MANAGER);
    /** The two parties' chairs, who agree the result contract (§8.2). */
    private static final Set<Role> CONTRACT_ROLES = EnumSet.of(Role.KKR_CHAIR, Role.BOARD_CHAIR);

    private final GuidanceQueries guidance;

    public CommandPermissions(GuidanceQueries guidance) {
        this.guidance = guidance;
    }

    /** Registering guidance is for the house's advisers and management; supervision (tilsyn) reads. */
    public void requireMayRegister(Actor actor) {
        if (actor.role() == Role.MINISTRY_AUDITOR) {
            throw new Forbidden(null, "role.readOnly",
                    actor.userId() + " acts as " + actor.role() + " and may not register anything");
        }
        if (!GUIDANCE_ROLES.contains(actor.role())) {
            throw new Forbidden(null, "role.notGuidance", actor.userId() + " acts as " + actor.role()
                    + " and may not register guidance; advisers and house management do");
        }
    }

    /** Guidance is registered for one's own house only. */
    public void requireOwnHouse(Actor actor, House house) {
        requireMayRegister(actor);
        requireHouse(actor, house);
    }

    /**
     * A command addressed to a case must come from the case's house. The house is read from the case's
     * view; a case not (yet) projected passes here and the command side decides whether it exists.
     */
    public void requireOwnCase(Actor actor, String caseId) {
        requireMayRegister(actor);
        if (caseId == null || caseId.isBlank()) {
            return;
        }
        guidance.guidanceCase(caseId)
                .map(GuidanceCaseView::house)
                .filter(house -> actor.house() == null || !house.equals(actor.house().name()))
                .ifPresent(house -> {
                    throw new Forbidden("caseId", "house.notOwn",
                            actor.userId() + " acts for " + actor.house() + " and may not register on case "
                                    + caseId + " of " + house);
                });
    }

    /** The explicit decision of the 20-hour rule is management's (§5.1). */
    public void requireHouseManager(Actor actor, House house) {
        requireOwnHouse(actor, house);
        if (actor.role() != Role.HOUSE_MANAGER) {
            throw new Forbidden(null, "role.notManagement",
                    "only house management records the decision of the 20-hour rule; " + actor.userId()
                            + " acts as " + actor.role());
        }
    }

    /**
     * Proposing or amending the house's result contract is for the two parties' chairs of that house (§8.2:
     * KKR and the house agree it).
     */
    public void requireContractChair(Actor actor, House house) {
        if (!CONTRACT_ROLES.contains(actor.role())) {
            throw new Forbidden(null, "role.notChair", "a result contract is agreed by the chair of KKR and the "
                    + "chair of the house's board (§8.2); " + actor.userId() + " acts as " + actor.role());
        }
        requireHouse(actor, house);
    }

    /**
     * Each chair signs for their own party (§8.2: "underskrives af formanden for KKR og formanden for
     * erhvervshusets bestyrelse"): the KKR chair as KKR_CHAIR, the board chair as BOARD_CHAIR, for their own
     * house. The signatory recorded is the user.
     */
    public void requireMaySignAs(Actor actor, House house, Party party) {
        requireContractChair(actor, house);
        Party own = partyOf(actor.role());
        if (party != null && party != own) {
            throw new Forbidden("party", "party.notOwnRole", actor.userId() + " acts as " + actor.role()
                    + " and signs as " + own + ", not as " + party);
        }
    }

    /** External data (§9) come from the Business Authority (Erhvervsstyrelsen), delivered by its analysts. */
    public void requireBusinessAuthorityAnalyst(Actor actor) {
        if (actor.role() != Role.BUSINESS_AUTHORITY_ANALYST) {
            throw new Forbidden(null, "role.notAnalyst", "external data are delivered by the Business Authority's "
                    + "analysts (§9); " + actor.userId() + " acts as " + actor.role());
        }
    }

    /**
     * Recomputing the dashboards under a definition set, and choosing the one they answer with, is the Business
     * Authority's: it answers for the yearly report's comparable figures (§9).
     */
    public void requireMayBuildDashboards(Actor actor) {
        if (actor.role() != Role.BUSINESS_AUTHORITY_ANALYST && actor.role() != Role.ADMINISTRATOR) {
            throw new Forbidden(null, "role.notOperations", "dashboard builds are started, promoted and retired by "
                    + "the Business Authority's analysts and the registry's operators (§9); " + actor.userId()
                    + " acts as " + actor.role());
        }
    }

    /** The party of the result contract a chair signs for. */
    static Party partyOf(Role role) {
        return switch (role) {
            case KKR_CHAIR -> Party.KKR_CHAIR;
            case BOARD_CHAIR -> Party.BOARD_CHAIR;
            default -> throw new IllegalArgumentException(role + " signs no result contract");
        };
    }

    private static void requireHouse(Actor actor, House house) {
        if (house != null && house != actor.house()) {
            throw new Forbidden("house", "house.notOwn",
                    actor.userId() + " acts for " + actor.house() + " and may not act for " + house);
        }
    }
}
