package dk.erhvervshuse.events.common;

/**
 * Names of the metadata every event carries beside its payload: who issued the command, in which
 * role and for which house, and which command it answers (ministry supervision, §10.2). Recording
 * time is the event's own timestamp. Kept out of payloads so that a fact never carries its audit.
 */
public final class AuditMetadata {

    /** The user id of whoever issued the command. */
    public static final String USER_ID = "userId";
    /** The issuer's role, e.g. ADVISER, HOUSE_MANAGER. */
    public static final String ROLE = "role";
    /** The house the issuer acts for; absent for national roles. */
    public static final String USER_HOUSE = "userHouse";
    /** Id of the command the event answers; Axon's correlation data provider copies it onto every event. */
    public static final String CORRELATION_ID = "correlationId";
    /** For corrections and withdrawals: why. */
    public static final String REASON = "reason";

    private AuditMetadata() {
    }
}
