package dk.erhvervshuse.query.api;

/** Which part of the audit trail to list. At most one of caseId and cvr is set; none: the whole log. */
public record AuditFilter(String caseId, String cvr) {

    public static AuditFilter wholeLog() {
        return new AuditFilter(null, null);
    }

    public static AuditFilter ofCase(String caseId) {
        return new AuditFilter(caseId, null);
    }

    public static AuditFilter ofCompany(String cvr) {
        return new AuditFilter(null, cvr);
    }
}
