package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;

import java.time.LocalDate;

/** A referral (henvisning, §5.2) of the company to another actor. */
public record ReferralFacts(String referralId, ReferralPartner partner, PartnerCategory category, String partnerName,
                            LocalDate referredOn, long position) {

    /** The category registered with the referral, or the partner's usual one where none was registered. */
    public PartnerCategory effectiveCategory() {
        if (category != null) {
            return category;
        }
        return partner == null ? null : partner.defaultCategory();
    }

    public boolean madeIn(int year) {
        return referredOn != null && referredOn.getYear() == year;
    }

    /** "EIFO on 2025-03-15", for explanations. */
    public String describe() {
        return (partner == null ? "an unnamed partner" : partner.name())
                + (partnerName == null ? "" : " (" + partnerName + ")") + " on " + referredOn;
    }
}
