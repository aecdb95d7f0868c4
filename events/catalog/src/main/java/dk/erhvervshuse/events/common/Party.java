package dk.erhvervshuse.events.common;

/** The two signatories of a result contract (§8.2): the chair of KKR and the chair of the house's board. */
public enum Party {
    /** formanden for KKR */
    KKR_CHAIR,
    /** formanden for erhvervshusets bestyrelse */
    BOARD_CHAIR
}
