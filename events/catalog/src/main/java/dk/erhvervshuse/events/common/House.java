package dk.erhvervshuse.events.common;

/**
 * The six business houses (erhvervshuse), each one legal entity with a head office and a branch
 * (agreement §10.2). The entrepreneur share is the 2024 split of goal 1 by population (§8.1).
 */
public enum House {
    HOVEDSTADEN("Erhvervshus Hovedstaden", 385),
    MIDTJYLLAND("Erhvervshus Midtjylland", 275),
    SJAELLAND("Erhvervshus Sjælland", 171),
    SYDJYLLAND("Erhvervshus Sydjylland", 156),
    NORDJYLLAND("Erhvervshus Nordjylland", 119),
    FYN("Erhvervshus Fyn", 94);

    private final String danishName;
    private final int entrepreneurTarget2024;

    House(String danishName, int entrepreneurTarget2024) {
        this.danishName = danishName;
        this.entrepreneurTarget2024 = entrepreneurTarget2024;
    }

    public String danishName() {
        return danishName;
    }

    /** The house's share of the national goal of 1,200 entrepreneurs, as split for 2024 (§8.1). */
    public int entrepreneurTarget2024() {
        return entrepreneurTarget2024;
    }
}
