package dk.erhvervshuse.query.targets;

/**
 * Goal 4 (knudepunktsfunktion), version 2: as version 1, but a referral counts when its partner is on the fixed
 * list {@link DefinitionChoices#HUB_REFERRAL_PARTNERS_V2}, whatever category it was registered under. See
 * {@link DefinitionChoices#GOAL4_V2}.
 */
public class ReferralToListedPartnerUsed extends ReferralUsedAmongHubReferrals {

    public ReferralToListedPartnerUsed() {
        super("v2", DefinitionChoices.GOAL4_V2);
    }

    /** Version 2: the referral's partner is on the list; its category does not matter. */
    @Override
    protected boolean countsAsHubReferral(ReferralFacts referral) {
        return referral.partner() != null && DefinitionChoices.HUB_REFERRAL_PARTNERS_V2.contains(referral.partner());
    }

    @Override
    protected String population() {
        return "company referred to a listed external-advice or state-promotion partner and evaluated after it";
    }

    @Override
    protected String notCounting(ReferralFacts referral) {
        return referral.describe() + " (partner not on the goal 4 list)";
    }

    @Override
    protected String outsideWhat() {
        return "to partners not on the list of external advice and highly specialised state promotion";
    }
}
