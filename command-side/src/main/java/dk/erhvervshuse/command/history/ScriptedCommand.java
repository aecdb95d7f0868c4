package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.CorrectCaseRegistration;
import dk.erhvervshuse.command.api.CorrectGuidanceMeeting;
import dk.erhvervshuse.command.api.WithdrawGuidanceMeeting;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.House;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One command of a generated history: what to send, who sends it and when.
 *
 * @param recordedAt   when the user registers it: a weekday between 08:00 and 16:00 in Copenhagen; never
 *                     earlier than the command before it in the script
 * @param businessDate the date the command is about (the meeting's, the closing's, the delivery's …), or the
 *                     day of registering when it carries none; never after {@code recordedAt}'s date
 * @param command      a command record of {@code dk.erhvervshuse.command.api}
 * @param userId       who sends it, e.g. {@code adviser.fyn.3}
 * @param role         in which capacity: {@link #ADVISER}, {@link #HOUSE_MANAGER}, {@link #KKR_CHAIR},
 *                     {@link #BOARD_CHAIR} or {@link #BUSINESS_AUTHORITY_ANALYST}
 * @param userHouse    the house the user acts for; null for roles that are not a house's
 */
public record ScriptedCommand(Instant recordedAt, LocalDate businessDate, Object command, String userId,
                              String role, House userHouse) {

    /** Forretningsudvikler: registers cases, meetings, referrals, evaluations and corrections. */
    public static final String ADVISER = "ADVISER";
    /** Ledelse: records the decision of the 20-hour rule (§5.1) and registers the result contract. */
    public static final String HOUSE_MANAGER = "HOUSE_MANAGER";
    /** Formanden for KKR: signs the result contract (§8.2); KKR is regional, not a house's. */
    public static final String KKR_CHAIR = "KKR_CHAIR";
    /** Formanden for erhvervshusets bestyrelse: signs the result contract (§8.2). */
    public static final String BOARD_CHAIR = "BOARD_CHAIR";
    /** Erhvervsstyrelsen: delivers the awareness survey and the effect data (§9). */
    public static final String BUSINESS_AUTHORITY_ANALYST = "BUSINESS_AUTHORITY_ANALYST";

    public ScriptedCommand {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** Why a correction or withdrawal is made; null for every other command. */
    public String reason() {
        if (command instanceof CorrectGuidanceMeeting correction) {
            return correction.reason();
        }
        if (command instanceof WithdrawGuidanceMeeting withdrawal) {
            return withdrawal.reason();
        }
        if (command instanceof CorrectCaseRegistration correction) {
            return correction.reason();
        }
        return null;
    }

    /**
     * The audit metadata to send the command with, as the GraphQL layer sends it: user id, role, the user's
     * house (absent for roles that are not a house's) and, for corrections and withdrawals, the reason.
     */
    public Map<String, Object> metaData() {
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put(AuditMetadata.USER_ID, userId);
        metaData.put(AuditMetadata.ROLE, role);
        if (userHouse != null) {
            metaData.put(AuditMetadata.USER_HOUSE, userHouse.name());
        }
        String reason = reason();
        if (reason != null) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        return metaData;
    }
}
