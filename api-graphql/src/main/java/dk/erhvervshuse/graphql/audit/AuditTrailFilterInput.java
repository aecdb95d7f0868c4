package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.AuditFilter;

import java.time.Instant;
import java.util.List;

/** The schema's AuditTrailFilter: every criterion given must hold; none given, the whole log. */
public record AuditTrailFilterInput(String caseId, String cvr, House house, String userId, List<String> eventTypes,
                                    Instant recordedFrom, Instant recordedTo) {

    AuditFilter toFilter() {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, recordedFrom, recordedTo);
    }
}
