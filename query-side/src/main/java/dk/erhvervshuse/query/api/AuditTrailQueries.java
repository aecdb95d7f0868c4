package dk.erhvervshuse.query.api;

/**
 * The audit trail (for ministry supervision, §10.2): one entry per event in the log, with who
 * recorded it, when, and in answer to which command. Pages are read by enumerating log positions,
 * which are gap-free, so a page costs the same however long the log.
 */
public interface AuditTrailQueries {

    /**
     * @param filter what to list: the whole log, or the events meeting every criterion given (case, company,
     *               house, user, event types, recording-time range)
     * @param after  the cursor of the last entry already seen (null: from the start)
     * @param first  page size, 1 to {@link #MAX_PAGE_SIZE}
     * @throws InvalidQuery naming the argument at fault: a page size out of range, a cursor this trail did not
     *                      issue, an unknown event type (the message lists the known ones), an empty time range
     */
    AuditPage auditTrail(AuditFilter filter, String after, int first);

    int MAX_PAGE_SIZE = 500;
}
