package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A guidance case as it stands now: registration, meetings (with their corrections), referrals,
 * evaluations, and whether the 3-hour rule selected it for user evaluation. Enum-valued fields are
 * carried as their names.
 *
 * @param totalHours      hours of the meetings that count (withdrawn ones excluded, corrected ones at their corrected value)
 * @param eventPositions  log positions of every event of the case, oldest first (for its audit trail)
 */
public record GuidanceCaseView(String caseId, String house, String office, String cvr, String pNumber,
                               LocalDate foundedOn, String segment, List<String> themes, LocalDate openedOn,
                               String status, LocalDate closedOn, BigDecimal totalHours,
                               EvaluationSelection evaluationSelection, List<Meeting> meetings,
                               List<Referral> referrals, List<Evaluation> evaluations,
                               List<RegistrationCorrection> registrationCorrections, List<Long> eventPositions,
                               Instant lastRecordedAt) {

    /** Selection for user evaluation (§9): null when not (yet) selected. */
    public record EvaluationSelection(BigDecimal hoursAtSelection, LocalDate selectedOn) {
    }

    /** @param status RECORDED, CORRECTED or WITHDRAWN */
    public record Meeting(String meetingId, String adviserId, String form, BigDecimal hours, List<String> themes,
                          LocalDate heldOn, String status, List<MeetingCorrection> corrections) {
    }

    /** An earlier or later version of a meeting's facts, with why it changed. kind: CORRECTED or WITHDRAWN. */
    public record MeetingCorrection(String kind, String reason, BigDecimal hours, LocalDate heldOn,
                                    Instant recordedAt, String recordedBy) {
    }

    public record Referral(String referralId, String partner, String category, String partnerName,
                           LocalDate referredOn) {
    }

    public record Evaluation(String evaluationId, int recommendScore, Boolean referralUsed,
                             Boolean sustainabilityHelpedToHighDegree, LocalDate receivedOn) {
    }

    /** @param changedFields the names of the registration fields this correction changed */
    public record RegistrationCorrection(List<String> changedFields, String reason, Instant recordedAt,
                                         String recordedBy) {
    }
}
