package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which part of the audit trail to list. Every criterion given must hold (they combine with "and"); none
 * given: the whole log. Blank texts count as not given.
 *
 * @param caseId       one case's events
 * @param cvr          one company's events, at every house and in its hours ledgers
 * @param house        the events concerning one house: its cases, ledgers, result contracts and surveys
 * @param userId       the events caused by one user's commands
 * @param eventTypes   events of any of these types (simple names, e.g. GuidanceMeetingCorrected); empty: any
 * @param recordedFrom events recorded at or after this instant
 * @param recordedTo   events recorded before this instant
 */
public record AuditFilter(String caseId, String cvr, House house, String userId, List<String> eventTypes,
                          Instant recordedFrom, Instant recordedTo) {

    public AuditFilter {
        caseId = blankToNull(caseId);
        cvr = blankToNull(cvr);
        userId = blankToNull(userId);
        List<String> types = new ArrayList<>();
        if (eventTypes != null) {
            for (String type : new LinkedHashSet<>(eventTypes)) {
                String given = blankToNull(type);
                if (given != null) {
                    types.add(given.trim());
                }
            }
        }
        eventTypes = List.copyOf(types);
    }

    /** One case or one company, as the trail was first filtered. */
    public AuditFilter(String caseId, String cvr) {
        this(caseId, cvr, null, null, List.of(), null, null);
    }

    public static AuditFilter wholeLog() {
        return new AuditFilter(null, null);
    }

    public static AuditFilter ofCase(String caseId) {
        return new AuditFilter(caseId, null);
    }

    public static AuditFilter ofCompany(String cvr) {
        return new AuditFilter(null, cvr);
    }

    public AuditFilter andCase(String caseId) {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, recordedFrom, recordedTo);
    }

    public AuditFilter andCompany(String cvr) {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, recordedFrom, recordedTo);
    }

    public AuditFilter andHouse(House house) {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, recordedFrom, recordedTo);
    }

    public AuditFilter andUser(String userId) {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, recordedFrom, recordedTo);
    }

    public AuditFilter andEventTypes(String... eventTypes) {
        return new AuditFilter(caseId, cvr, house, userId, List.of(eventTypes), recordedFrom, recordedTo);
    }

    /** @param from at or after, null for no lower bound; @param to before, null for no upper bound */
    public AuditFilter andRecordedBetween(Instant from, Instant to) {
        return new AuditFilter(caseId, cvr, house, userId, eventTypes, from, to);
    }

    public boolean isWholeLog() {
        return caseId == null && cvr == null && house == null && userId == null && eventTypes.isEmpty()
                && recordedFrom == null && recordedTo == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
