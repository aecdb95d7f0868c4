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
    /** Tilsyn: the ministry's supervision (Erhvervsministeriet, §10.2); reads everything, registers nothing. */
    MINISTRY_AUDITOR(false);

    private final boolean actsForAHouse;

    Role(boolean actsForAHouse) {
        this.actsForAHouse = actsForAHouse;
    }

    /** Whether a user in this role belongs to one house (otherwise the role is national). */
    public boolean actsForAHouse() {
        return actsForAHouse;
    }
}
