package dk.erhvervshuse.graphql.compliance;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.Forbidden;
import dk.erhvervshuse.graphql.security.Role;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read the compliance views. They are supervision's (tilsyn, §10.2: the ministry needs direct access to
 * information and documentation) and the Business Authority's, who read every house; a house's management reads
 * its own, to put right what they show. Advisers and the contract's chairs do not: the views name colleagues'
 * corrections and the house's lapses.
 */
@Component
class ComplianceReaders {

    /** The national roles that read every house. */
    private static final Set<Role> NATIONAL = EnumSet.of(Role.MINISTRY_AUDITOR, Role.BUSINESS_AUTHORITY_ANALYST);

    void requireMayRead(Actor actor, House house) {
        if (NATIONAL.contains(actor.role())) {
            return;
        }
        if (actor.role() != Role.HOUSE_MANAGER) {
            throw new Forbidden(null, "role.notSupervision", "compliance is read by the ministry's supervision, "
                    + "the Business Authority and a house's management (§10.2); " + actor.userId() + " acts as "
                    + actor.role());
        }
        if (house != actor.house()) {
            throw new Forbidden("house", "house.notOwn", actor.userId() + " manages " + actor.house()
                    + " and may not read the compliance of " + house);
        }
    }
}
