package dk.erhvervshuse.events.common;

/** The actors a house refers companies to (henvisning), agreement §5.2, with each one's usual category. */
public enum ReferralPartner {
    /** Danmarks Eksport- og Investeringsfond */
    EIFO(PartnerCategory.STATE_PROMOTION),
    /** Innovationsfonden */
    INNOVATION_FUND(PartnerCategory.STATE_PROMOTION),
    /** klyngeorganisationer */
    CLUSTER_ORGANISATION(PartnerCategory.STATE_PROMOTION),
    /** GTS-institutter */
    GTS_INSTITUTE(PartnerCategory.STATE_PROMOTION),
    /** The Trade Council */
    TRADE_COUNCIL(PartnerCategory.STATE_PROMOTION),
    /** Patent- og Varemærkestyrelsen */
    PATENT_AND_TRADEMARK_OFFICE(PartnerCategory.STATE_PROMOTION),
    /** EU-DK Support */
    EU_DK_SUPPORT(PartnerCategory.STATE_PROMOTION),
    /** European Digital Innovation Hubs */
    EUROPEAN_DIGITAL_INNOVATION_HUB(PartnerCategory.STATE_PROMOTION),
    /** private rådgivere */
    PRIVATE_ADVISER(PartnerCategory.PRIVATE_ADVICE),
    /** banker og business angels */
    BANK_OR_BUSINESS_ANGEL(PartnerCategory.PRIVATE_ADVICE),
    /** beskæftigelses- og uddannelsesaktører */
    EMPLOYMENT_OR_EDUCATION_ACTOR(PartnerCategory.OTHER_PUBLIC),
    /** kommuner (lokal erhvervsservice) */
    MUNICIPALITY(PartnerCategory.OTHER_PUBLIC),
    /** Virksomhedsguiden */
    VIRKSOMHEDSGUIDEN(PartnerCategory.OTHER_PUBLIC);

    private final PartnerCategory defaultCategory;

    ReferralPartner(PartnerCategory defaultCategory) {
        this.defaultCategory = defaultCategory;
    }

    public PartnerCategory defaultCategory() {
        return defaultCategory;
    }
}
