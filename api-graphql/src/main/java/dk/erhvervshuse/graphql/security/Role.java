package dk.erhvervshuse.graphql.security;

/**
 * What a user does in the registry. Recorded with every event (AuditMetadata.ROLE) so that
 * supervision sees in which capacity something was registered (§10.2).
 */
public enum Role {
    /** Forretningsudvikler: holds guidance meetings and registers them, for one house. */
    ADVISER(true),
    /** Ledelse: house management; takes the explicit decision of the 20-hour rule (§5.1), for one house. */
    HOUSE_MANAGER(true),
    /**
     * Formanden for KKR: the chair of the municipal contact council, KKR's signatory of the house's result
     * contract (resultatkontrakt, §8.2); proposes, signs and amends it, for one house.
     */
    KKR_CHAIR(true),
    /**
     * Bestyrelsesformanden: the chair of the house's board, the house's signatory of its result contract (§8.2);
     * proposes, signs and amends it, for one house.
     */
    BOARD_CHAIR(true),
    /**
     * Erhvervsstyrelsen (ERST): the Business Authority's analyst, national; delivers the external data the goals
     * are measured by (§9): awareness surveys (kendskabsmåling), company accounts and control-group growth.
     */
    BUSINESS_AUTHORITY_ANALYST(false),
    /** Tilsyn: the ministry's supervision (Erhvervsministeriet, §10.2); reads everything, registers nothing. */
    MINISTRY_AUDITOR(false),
    /**
     * Drift: the registry's operators, national; read everything to keep it running and run its operational
     * mutations (rebuilds and the like), but record no guidance, deliver no data and sign nothing.
     */
    ADMINISTRATOR(false);

    private final boolean actsForAHouse;

    Role(boolean actsForAHouse) {
        this.actsForAHouse = actsForAHouse;
    }

    /** Whether a user in this role belongs to one house (otherwise the role is national). */
    public boolean actsForAHouse() {
        return actsForAHouse;
    }
}
