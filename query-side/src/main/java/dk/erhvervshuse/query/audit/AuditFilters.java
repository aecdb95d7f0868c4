package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.InvalidQuery;

/** The rules a filter of the audit trail must meet before any look-up, each refusal naming its field. */
final class AuditFilters {

    private AuditFilters() {
    }

    static void check(AuditFilter filter) {
        for (String type : filter.eventTypes()) {
            if (!AuditFacts.EVENT_TYPES.contains(type)) {
                throw new InvalidQuery("filter.eventTypes", "eventType.unknown", "filter.eventTypes: '" + type
                        + "' is not an event type of the log; the known types are "
                        + String.join(", ", AuditFacts.EVENT_TYPES.stream().sorted().toList()));
            }
        }
        if (filter.recordedFrom() != null && filter.recordedTo() != null
                && !filter.recordedFrom().isBefore(filter.recordedTo())) {
            throw new InvalidQuery("filter.recordedTo", "recordedTo.notAfterFrom", "filter.recordedTo "
                    + filter.recordedTo() + " must be after filter.recordedFrom " + filter.recordedFrom()
                    + ": the range includes recordedFrom and excludes recordedTo");
        }
    }
}
