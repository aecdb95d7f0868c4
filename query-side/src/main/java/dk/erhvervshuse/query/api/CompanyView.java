package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One company (by CVR) across every house that guided it: its cases, the management decisions the
 * 20-hour rule required of each house (§5.1), and its timeline of everything recorded about it.
 */
public record CompanyView(String cvr, List<CaseSummary> cases, List<DecisionRequirement> decisions,
                          List<TimelineEntry> timeline) {

    public record CaseSummary(String caseId, String house, String segment, LocalDate openedOn, String status,
                              BigDecimal totalHours) {
    }

    /** @param status PENDING until management records its decision, then DECIDED */
    public record DecisionRequirement(String requirementId, String house, BigDecimal hoursInWindow,
                                      LocalDate windowFrom, LocalDate windowTo, String status, String decidedBy,
                                      Boolean continueGuidance, String justification, LocalDate decidedOn) {
    }

    /** @param summary one line for a person, e.g. "Meeting m-1 recorded: 2.5 h on 2025-03-04" */
    public record TimelineEntry(long position, String eventType, String caseId, String house,
                                LocalDate businessDate, Instant recordedAt, String recordedBy, String summary) {
    }
}
