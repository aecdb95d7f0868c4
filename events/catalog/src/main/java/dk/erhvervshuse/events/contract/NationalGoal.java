package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.Segment;

/**
 * The measures of the six national goals of agreement §8.1, one entry per number a contract sets a
 * target for. {@link #id()} is the stable key used in contracts, dashboards and the API.
 */
public enum NationalGoal {
    /** Mål 1: distinct guided companies under 3 years old, per year. */
    ENTREPRENEURS("goal1", 1, null, "companies"),
    /** Mål 2: share of companies that know the house (ERST survey). */
    AWARENESS_OF_HOUSE("goal2.house", 2, null, "percent"),
    /** Mål 2: among those, share that know its offers. */
    AWARENESS_OF_OFFERS("goal2.offers", 2, null, "percent"),
    /** Mål 3: Net Promoter Score of the drift (operations) segment. */
    SATISFACTION_OPERATIONS("goal3.operations", 3, Segment.OPERATIONS, "NPS"),
    /** Mål 3: Net Promoter Score of the vækst (growth) segment. */
    SATISFACTION_GROWTH("goal3.growth", 3, Segment.GROWTH, "NPS"),
    /** Mål 4: share of companies referred to external advice or specialised state promotion that used a referral. */
    HUB_FUNCTION("goal4", 4, null, "percent"),
    /** Mål 5: vækst segment, extra revenue growth over a control group two years after guidance, in points. */
    EFFECT_GROWTH_REVENUE("goal5.growth.revenue", 5, Segment.GROWTH, "percentage points"),
    /** Mål 5: vækst segment, extra employment growth over a control group, in points. */
    EFFECT_GROWTH_EMPLOYMENT("goal5.growth.employment", 5, Segment.GROWTH, "percentage points"),
    /** Mål 5: drift segment, extra productivity growth over a control group, in points. */
    EFFECT_OPERATIONS_PRODUCTIVITY("goal5.operations.productivity", 5, Segment.OPERATIONS, "percentage points"),
    /** Mål 6: share of companies guided on sustainability that say it helped "i høj grad". */
    SUSTAINABILITY("goal6", 6, null, "percent");

    private final String id;
    private final int number;
    private final Segment segment;
    private final String unit;

    NationalGoal(String id, int number, Segment segment, String unit) {
        this.id = id;
        this.number = number;
        this.segment = segment;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    /** The goal's number in §8.1 (1–6). */
    public int number() {
        return number;
    }

    /** The segment the measure is limited to, or null for all companies. */
    public Segment segment() {
        return segment;
    }

    public String unit() {
        return unit;
    }

    public static NationalGoal byId(String id) {
        for (NationalGoal goal : values()) {
            if (goal.id.equals(id)) {
                return goal;
            }
        }
        throw new IllegalArgumentException("no national goal " + id);
    }
}
