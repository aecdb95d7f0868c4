package dk.erhvervshuse.events.common;

/** Theme of guidance (tema), the examples of agreement §5.1 and §5.2. */
public enum Theme {
    /** digitalisering og avanceret teknologi */
    DIGITALISATION_AND_TECHNOLOGY,
    /** innovative produkter og services */
    INNOVATIVE_PRODUCTS_AND_SERVICES,
    /** kapital */
    CAPITAL,
    /** internationalisering */
    INTERNATIONALISATION,
    /** nye forretningsmodeller */
    NEW_BUSINESS_MODELS,
    /** bæredygtighed: miljø og klima */
    SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE,
    /** bæredygtighed: social */
    SUSTAINABILITY_SOCIAL,
    /** bæredygtighed: governance */
    SUSTAINABILITY_GOVERNANCE,
    /** krisehåndtering */
    CRISIS_MANAGEMENT,
    /** ledelse og organisation */
    LEADERSHIP_AND_ORGANISATION,
    /** ejerskifte eller salg */
    OWNERSHIP_CHANGE,
    /** immaterielle rettigheder */
    IP_RIGHTS;

    /** The themes that make a case count for goal 6 (sustainability, §8.1). */
    public boolean isSustainability() {
        return this == SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE
                || this == SUSTAINABILITY_SOCIAL
                || this == SUSTAINABILITY_GOVERNANCE;
    }
}
