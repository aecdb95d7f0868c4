package dk.erhvervshuse.graphql.security;

import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may verify the event log's hash chain, read its daily checkpoints and export it: the ministry's supervision
 * (tilsyn, which needs direct access to information and documentation, §10.2) and the Business Authority's
 * analysts (Erhvervsstyrelsen, who answer for the registrations the goals are measured by, §9). The houses' own
 * people and the contract chairs do not: the evidence is for those who check the houses.
 */
@Component
public class SupervisionAccess {

    static final Set<Role> READERS = EnumSet.of(Role.MINISTRY_AUDITOR, Role.BUSINESS_AUTHORITY_ANALYST);

    public void requireSupervision(Actor actor) {
        if (!READERS.contains(actor.role())) {
            throw new Forbidden(null, "role.notSupervision", "the log's tamper evidence is for supervision (§10.2) "
                    + "and the Business Authority (§9); " + actor.userId() + " acts as " + actor.role());
        }
    }

    /** The readers as Spring Security role names, for the HTTP export. */
    static String[] roleNames() {
        return READERS.stream().map(Role::name).toArray(String[]::new);
    }
}
