package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Virksomhed henvist: the house referred the company to another actor of the business promotion
 * system (§5.2), the referral field of the registration minimum (§9).
 *
 * @param partnerName the named adviser where the partner is a private adviser or bank; else null
 */
@EventRevision("1")
public record CompanyReferred(String caseId, House house, Cvr cvr, String referralId, ReferralPartner partner,
                              PartnerCategory category, String partnerName, LocalDate referredOn)
        implements GuidanceCaseEvent {
    public CompanyReferred {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(referralId, "referralId");
    }
}
