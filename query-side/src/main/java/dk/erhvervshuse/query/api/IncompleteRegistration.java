package dk.erhvervshuse.query.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A case whose registration lacks part of the minimum of §9 (CVR and P-number, segment, referral, theme).
 *
 * @param openedOn null when the log holds no opening of the case
 * @param missing  what is missing, registration fields first, then referrals in the order registered
 */
public record IncompleteRegistration(String caseId, String cvr, LocalDate openedOn, List<Missing> missing) {

    public IncompleteRegistration {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public enum Field {
        /** P-nummer */
        P_NUMBER,
        /** kundesegment: drift or vækst */
        SEGMENT,
        /** tema */
        THEME,
        /** the actor a referral went to */
        REFERRAL_PARTNER,
        /** the category a referral is registered under */
        REFERRAL_CATEGORY
    }

    /** @param referralId for the referral fields, the referral concerned; null for the registration's own */
    public record Missing(Field field, String referralId) {
    }
}
