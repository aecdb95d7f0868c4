package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One company, case or delivery looked at for a dashboard number (forklaring): counted or excluded, and why.
 *
 * @param cursor         pass it as {@code after} to continue after this entry
 * @param cvr            the company, null for a survey delivery
 * @param caseId         the guidance case it rests on, if one
 * @param counted        in the measure (true) or left out (false)
 * @param reason         in words, e.g. "company 3 years and 2 months old at its first meeting on 2025-03-04
 *                       (founded 2022-01-04): not under 3 years", "referral never evaluated: ...", "no accounts
 *                       for 2023; ..."
 * @param category       for an NPS: PROMOTER, PASSIVE or DETRACTOR; else null
 * @param value          the number it adds where it adds one: a score, a growth in percent, a survey's share
 * @param eventPositions the log positions of the events it rests on (see the audit trail)
 */
public record ExplainEntry(String cursor, String cvr, String caseId, boolean counted, String reason, String category,
                           BigDecimal value, List<Long> eventPositions) {
}
