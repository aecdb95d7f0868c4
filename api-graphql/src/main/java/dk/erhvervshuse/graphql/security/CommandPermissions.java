package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import org.springframework.stereotype.Component;

/**
 * Who may issue which command, for now: a house's advisers and management register for their own house
 * only, supervision registers nothing, and only management records the decision of the 20-hour rule
 * (§5.1). The full matrix of roles and operations comes later; these are the rules that already matter.
 */
@Component
public class CommandPermissions {

    private final GuidanceQueries guidance;

    public CommandPermissions(GuidanceQueries guidance) {
        this.guidance = guidance;
    }

    /** Registering is for the house roles; supervision (tilsyn) reads. */
    public void requireMayRegister(Actor actor) {
        if (!actor.role().actsForAHouse()) {
            throw new Forbidden(null, "role.readOnly",
                    actor.userId() + " acts as " + actor.role() + " and may not register anything");
        }
    }

    /** A house role acts for its own house only. */
    public void requireOwnHouse(Actor actor, House house) {
        requireMayRegister(actor);
        if (house != null && house != actor.house()) {
            throw new Forbidden("house", "house.notOwn",
                    actor.userId() + " acts for " + actor.house() + " and may not register for " + house);
        }
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
}
