package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.query.api.AuditFilter;

/** The schema's AuditTrailFilter: one case, one company, or (neither) the whole log. */
public record AuditTrailFilterInput(String caseId, String cvr) {

    AuditFilter toFilter() {
        boolean byCase = caseId != null && !caseId.isBlank();
        boolean byCompany = cvr != null && !cvr.isBlank();
        if (byCase && byCompany) {
            throw new IllegalArgumentException("filter by caseId or by cvr, not both");
        }
        return byCase ? AuditFilter.ofCase(caseId) : byCompany ? AuditFilter.ofCompany(cvr) : AuditFilter.wholeLog();
    }
}
