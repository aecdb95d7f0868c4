package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every choice the agreement (§8.1, §8.2, §9) leaves open in measuring the national goals, in one place:
 * the parameters the definitions use, and each definition version's description in words. A choice that
 * changes is a new definition version (a new class, a new id such as {@code goal1/v2}) in a new
 * {@link DefinitionSet}; what is written here for a version never changes meaning. Version 2 of goals 1, 4 and
 * the drift segment's productivity (set {@link DefinitionSets#V2}) are alternatives recorded beside version 1:
 * choices the agreement leaves open, to be computed side by side with version 1 from the same log.
 *
 * <h2>All goals</h2>
 * <ul>
 *     <li>Years are calendar years; an event belongs to the year of its business date (meeting held, referral
 *     made, evaluation received, case closed), never of its recording.</li>
 *     <li>Corrections apply: a corrected meeting counts with its corrected date and themes, a withdrawn one
 *     not at all; a corrected registration (house, founding date, segment, themes) replaces the earlier one,
 *     also for years already past. A case moved to another house by a correction counts at the new house.</li>
 *     <li>Of several deliveries of external data for one period (survey, accounts, control group) the one with
 *     the highest revision counts, of equal revisions the one recorded last ({@link Delivered#latest}).</li>
 *     <li>Targets: those of the house's result contract for the year once it is in force (both chairs signed,
 *     §8.2), as last amended; until then the agreement's default terms
 *     ({@code AgreementTerms.nationalGoals}). Years outside 2024–2027 have no target. Local goals are shown
 *     only from a contract in force; the system has no definition of them ("reported by the house").</li>
 *     <li>Met: the value before rounding held against the target by the goal's comparison; null when the value
 *     is not measurable or there is no target. Shown values are rounded half-up: counts to whole numbers,
 *     shares and NPS to 1 decimal, percentage points to 2 ({@link #displayScale}).</li>
 *     <li>National figures ({@link GoalDefinition.NationalRollUp}): goal 1 counts distinct CVRs across houses;
 *     goals 3, 4, 5 and 6 pool the houses' counts (respondents, referred companies, cohorts); goal 2 weights
 *     the houses' survey figures by their respondents. National targets are the agreement's: for goal 1 the sum
 *     of the houses' default shares (1,200), for the others the national thresholds of §8.1.</li>
 * </ul>
 */
public final class DefinitionChoices {

    private DefinitionChoices() {
    }

    // ---- Goal 1: entrepreneurs

    /** "Under 3 years": a company is an entrepreneur while younger than this; exactly 3 years old it is not. */
    public static final int ENTREPRENEUR_AGE_LIMIT_YEARS = 3;

    public static final String GOAL1_V1 = "Mål 1, iværksættere (§8.1): the number of distinct companies (CVR) "
            + "with at least one guidance meeting that counts (not withdrawn; corrected dates apply) held by the "
            + "house in the calendar year, that were under 3 years old on the day of their first such meeting in "
            + "the year. Age is told from the founding date registered (corrections applied) on the case of that "
            + "meeting; a company exactly 3 years old that day is not an entrepreneur, one of 2 years and 364 days "
            + "is. A company guided by two houses counts at each house; nationally it counts once (distinct CVRs).";

    public static final String GOAL1_V2 = "Mål 1, iværksættere (§8.1), age at year end: the number of distinct "
            + "companies (CVR) with at least one guidance meeting that counts (not withdrawn; corrected dates apply) "
            + "held by the house in the calendar year, that were under 3 years old on 31 December of the year. "
            + "The choice: the agreement says \"under 3 years\" without saying when; version 1 tells the age at the "
            + "first meeting of the year, this version at the end of the year, so that every company guided in a "
            + "year is judged on the same day, whenever in the year it was first met. Age is told from the founding "
            + "date registered (corrections applied) on the case of the company's first counting meeting of the "
            + "year; a company exactly 3 years old on 31 December is not an entrepreneur, one of 2 years and 364 "
            + "days is; a company founded later in the year than its first meeting counts. A company guided by two "
            + "houses counts at each house; nationally it counts once (distinct CVRs).";

    // ---- Goal 2: awareness

    public static final String GOAL2_HOUSE_V1 = "Mål 2, kendskab (§8.1, §9): the share of companies that know the "
            + "house, as the Business Authority's awareness survey of the house for the year states it. Of several "
            + "deliveries for the year, the latest revision counts (a restatement replaces the preliminary "
            + "figures). Nationally: the houses' shares weighted by their respondents.";

    public static final String GOAL2_OFFERS_V1 = "Mål 2, kendskab til tilbud (§8.1, §9): among the companies that "
            + "know the house, the share that know its offers, as the latest revision of the Business Authority's "
            + "awareness survey of the house for the year states it. Nationally: weighted by respondents.";

    // ---- Goal 3: satisfaction

    /** Scores from this up are promoters (9–10). */
    public static final int PROMOTER_MIN_SCORE = 9;
    /** Scores up to this are detractors (0–6); 7 and 8 are passives. */
    public static final int DETRACTOR_MAX_SCORE = 6;

    private static final String GOAL3_V1 = "Net Promoter Score = % promoters (score 9–10) − % detractors (0–6) "
            + "on \"would you recommend the house\" (0–10), over the user evaluations received in the calendar year "
            + "(by the date received) of the house's cases now registered in the segment (segment corrections "
            + "apply). A case evaluated more than once in the year counts once, by its latest evaluation of the "
            + "year. Every evaluation received counts, whether or not the 3-hour rule (§9) selected the case. "
            + "Not measurable without respondents. Nationally: the houses' promoters, passives and detractors "
            + "pooled.";

    public static final String GOAL3_OPERATIONS_V1 = "Mål 3, tilfredshed, driftssegmentet (§8.1): " + GOAL3_V1;

    public static final String GOAL3_GROWTH_V1 = "Mål 3, tilfredshed, vækstsegmentet (§8.1): " + GOAL3_V1;

    // ---- Goal 4: hub function

    /**
     * "External advice or highly specialised state promotion" (ekstern rådgivning eller højtspecialiseret
     * statslig erhvervsfremme): the referral categories that count. A referral registered without a category
     * takes its partner's usual one.
     */
    public static final Set<PartnerCategory> HUB_REFERRAL_CATEGORIES =
            EnumSet.of(PartnerCategory.STATE_PROMOTION, PartnerCategory.PRIVATE_ADVICE);

    /**
     * Goal 4 version 2's list of partners that count, whatever category the referral is registered under:
     * external advice (private advisers; banks and business angels) and highly specialised state promotion
     * (EIFO, Innovation Fund Denmark, the Trade Council, the Danish Patent and Trademark Office, EU-DK Support).
     * Cluster organisations, GTS institutes, European Digital Innovation Hubs and the other public actors are
     * not on it.
     */
    public static final Set<ReferralPartner> HUB_REFERRAL_PARTNERS_V2 = EnumSet.of(
            ReferralPartner.PRIVATE_ADVISER, ReferralPartner.BANK_OR_BUSINESS_ANGEL,
            ReferralPartner.EIFO, ReferralPartner.INNOVATION_FUND, ReferralPartner.TRADE_COUNCIL,
            ReferralPartner.PATENT_AND_TRADEMARK_OFFICE, ReferralPartner.EU_DK_SUPPORT);

    public static final String GOAL4_V1 = "Mål 4, knudepunktsfunktion (§8.1): of the companies the house referred "
            + "in the calendar year to external advice or highly specialised state promotion (a referral of "
            + "category PRIVATE_ADVICE or STATE_PROMOTION), the share that said in a user evaluation that they used "
            + "one or more of the house's referrals. The evaluation that counts is the company's latest at the house "
            + "received in the same year, on or after its first such referral, that answered the question (an "
            + "evaluation before the referral cannot speak of it). A company whose referral was never evaluated "
            + "that way is left out of the denominator, with that reason: the agreement measures what companies "
            + "state in the evaluation, and there is no statement to count. Companies referred only to other "
            + "actors are listed as excluded. Nationally: numerators and denominators pooled.";

    public static final String GOAL4_V2 = "Mål 4, knudepunktsfunktion (§8.1), by partner: as version 1, but which "
            + "referrals are to \"external advice or highly specialised state promotion\" is told by the partner, "
            + "from a fixed list, not by the category registered with the referral. The choice: a category is "
            + "registered case by case and the same partner may be registered differently; a fixed list of partners "
            + "makes the denominator the same at every house. External advice: PRIVATE_ADVISER, "
            + "BANK_OR_BUSINESS_ANGEL; highly specialised state promotion: EIFO, INNOVATION_FUND, TRADE_COUNCIL, "
            + "PATENT_AND_TRADEMARK_OFFICE, EU_DK_SUPPORT. A referral to any other partner (a cluster organisation, "
            + "a GTS institute, a European Digital Innovation Hub, a municipality...) does not count, whatever its "
            + "category; one to a listed partner counts whatever its category. Of the companies the house referred "
            + "in the calendar year to a listed partner, the share that said in a user evaluation that they used "
            + "one or more of the house's referrals; the evaluation that counts, companies never evaluated and "
            + "companies referred only to other partners are handled as in version 1. Nationally: numerators and "
            + "denominators pooled.";

    // ---- Goal 5: effect

    /** "To år efter endt vejledning": the cohort of dashboard year Y is guidance ended (case closed) in Y − 2. */
    public static final int EFFECT_YEARS_AFTER_GUIDANCE = 2;

    /** Decimal places a company's growth is kept with: exact enough to add up, small enough for Decimal128. */
    public static final int GROWTH_SCALE = 10;

    private static final String GOAL5_V1 = "The cohort of year Y is the companies whose guidance case at the house "
            + "was closed in year Y−2 and is now registered in the segment (of several cases closed that year, the "
            + "last closed decides). Each company's growth from Y−2 to Y in percent is (indicator in Y ÷ indicator "
            + "in Y−2 − 1) × 100, from the latest delivered accounts of each year; the cohort's mean (each company "
            + "weighing the same) minus the growth the control group of comparable companies of the segment shows "
            + "for Y (latest delivery) is the value, in percentage points. Companies without accounts for either "
            + "year, or whose indicator is 0 or undefined in Y−2, are left out with that reason. Not measurable "
            + "without companies or without a control group. Nationally: all houses' cohorts pooled.";

    public static final String GOAL5_GROWTH_REVENUE_V1 = "Mål 5, effekt, vækstsegmentet, omsætning (§8.1): extra "
            + "revenue growth over the control group. " + GOAL5_V1;

    public static final String GOAL5_GROWTH_EMPLOYMENT_V1 = "Mål 5, effekt, vækstsegmentet, beskæftigelse (§8.1): "
            + "extra growth in full-time employees (årsværk) over the control group. " + GOAL5_V1;

    public static final String GOAL5_OPERATIONS_PRODUCTIVITY_V1 = "Mål 5, effekt, driftssegmentet, produktivitet "
            + "(§8.1 and its note 1): extra growth in revenue per full-time employee (omsætning pr. årsværk, the "
            + "agreement's proxy until a better one is developed) over the control group. " + GOAL5_V1;

    public static final String GOAL5_OPERATIONS_PRODUCTIVITY_V2 = "Mål 5, effekt, driftssegmentet, produktivitet "
            + "(§8.1 and its note 1), gross profit per full-time employee: extra growth in gross profit per "
            + "full-time employee (bruttofortjeneste pr. årsværk) over the control group's growth of the same "
            + "(its gross profit per employee growth). The choice: the agreement uses revenue per full-time "
            + "employee \"until a better proxy is developed\"; gross profit leaves out the cost of goods and "
            + "services bought, so it is closer to the value a company's own staff adds. The indicator is undefined "
            + "for a year whose accounts carry no gross profit or no full-time employees (or 0 of them); such a "
            + "company is left out with that reason. " + GOAL5_V1;

    // ---- Goal 6: sustainability

    public static final String GOAL6_V1 = "Mål 6, bæredygtighed (§8.1): of the house's cases guided on "
            + "sustainability (a sustainability theme — environment and climate, social, governance — in the case's "
            + "registration or in a meeting that counts) with a user evaluation received in the calendar year, the "
            + "share whose latest evaluation of the year that answered the question says the guidance helped them "
            + "\"i høj grad\" to target and prioritise that work. Evaluations that did not answer (null) are left "
            + "out; evaluated cases not guided on sustainability are listed as excluded. Nationally pooled.";

    // ---- Presentation

    /** Decimal places a value is shown with, by the goal's unit. */
    public static int displayScale(String unit) {
        if ("companies".equals(unit)) {
            return 0;
        }
        return "percentage points".equals(unit) ? 2 : 1;
    }

    public static BigDecimal rounded(BigDecimal exact, String unit) {
        return exact == null ? null : exact.setScale(displayScale(unit), RoundingMode.HALF_UP);
    }

    /** The segment's Danish name, as the agreement uses it: drift, vækst. */
    public static String danish(Segment segment) {
        return segment == Segment.GROWTH ? "vækst" : "drift";
    }
}
