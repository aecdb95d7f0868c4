package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.contract.Comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the houses typically register, as weights and texts: themes, hours, referral partners, answers,
 * reasons and local goals. Every name of a person or firm here is invented.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    // ---- themes (§5.1, §5.2)

    private static final List<Theme> OTHER_THEMES = List.of(Theme.DIGITALISATION_AND_TECHNOLOGY,
            Theme.INNOVATIVE_PRODUCTS_AND_SERVICES, Theme.CAPITAL, Theme.INTERNATIONALISATION,
            Theme.NEW_BUSINESS_MODELS, Theme.CRISIS_MANAGEMENT, Theme.LEADERSHIP_AND_ORGANISATION,
            Theme.OWNERSHIP_CHANGE, Theme.IP_RIGHTS);
    private static final int[] OTHER_THEME_WEIGHTS = {18, 12, 14, 10, 12, 5, 12, 7, 4};
    private static final List<Theme> SUSTAINABILITY_THEMES = List.of(Theme.SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE,
            Theme.SUSTAINABILITY_SOCIAL, Theme.SUSTAINABILITY_GOVERNANCE);
    private static final int[] SUSTAINABILITY_THEME_WEIGHTS = {65, 15, 20};

    /** One to three themes; with {@code sustainability}, exactly one of them a sustainability theme. */
    static List<Theme> caseThemes(Draw draw, boolean sustainability) {
        int count = 1 + draw.weighted(45, 38, 17);
        List<Theme> themes = new ArrayList<>();
        if (sustainability) {
            themes.add(SUSTAINABILITY_THEMES.get(draw.weighted(SUSTAINABILITY_THEME_WEIGHTS)));
        }
        while (themes.size() < count) {
            Theme theme = OTHER_THEMES.get(draw.weighted(OTHER_THEME_WEIGHTS));
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return List.copyOf(themes);
    }

    /** A meeting's themes: at the first meeting all of the case's, later one or two of them. */
    static List<Theme> meetingThemes(Draw draw, List<Theme> caseThemes, boolean firstMeeting) {
        if (firstMeeting || caseThemes.size() == 1) {
            return caseThemes;
        }
        Theme first = draw.pick(caseThemes);
        if (draw.chance(0.6)) {
            return List.of(first);
        }
        Theme second = draw.pick(caseThemes);
        return second == first ? List.of(first) : List.of(first, second);
    }

    // ---- hours

    private static final String[] HOURS = {"0.50", "0.75", "1.00", "1.25", "1.50", "1.75", "2.00", "2.50", "3.00",
            "3.50", "4.00"};
    private static final int[] HOURS_WEIGHTS = {14, 8, 26, 6, 17, 4, 11, 6, 4, 2, 2};
    private static final String[] INTENSIVE_HOURS = {"3.50", "3.75", "4.00"};

    static BigDecimal meetingHours(Draw draw) {
        return new BigDecimal(HOURS[draw.weighted(HOURS_WEIGHTS)]);
    }

    /** A meeting of a long, intensive course: 3.5 to 4 hours, so that six of them pass 20 hours. */
    static BigDecimal intensiveMeetingHours(Draw draw) {
        return new BigDecimal(INTENSIVE_HOURS[draw.between(0, INTENSIVE_HOURS.length - 1)]);
    }

    // ---- referrals (§5.2)

    private static final List<ReferralPartner> PARTNERS = List.of(ReferralPartner.values());
    /** In the enum's order: EIFO, Innovationsfonden, clusters, GTS, Trade Council, PVS, EU-DK, EDIH, private advisers, banks, employment, municipalities, Virksomhedsguiden. */
    private static final int[] PARTNER_WEIGHTS = {12, 8, 10, 6, 6, 4, 2, 5, 18, 8, 5, 10, 6};
    private static final List<String> PRIVATE_ADVISERS = List.of("Holmgaard & Bech Rådgivning ApS",
            "Nordvest Revision I/S", "Lindkær Strategi ApS", "Fjordby Revisorer", "Søndervang Consult ApS",
            "Vestermark Vækstpartner", "Bakkehøj IT-rådgivning ApS", "Kragelund Advokater");
    private static final List<String> BANKS = List.of("Egnsbanken Nord", "Fjordkassen", "Vækstbanken Øst A/S",
            "Lyngholm Business Angels", "Andelskassen Midtvest", "Sundby Investorklub");

    static ReferralPartner partner(Draw draw) {
        return PARTNERS.get(draw.weighted(PARTNER_WEIGHTS));
    }

    /** The name registered for a private adviser or a bank or business angel; null for every other partner. */
    static String partnerName(Draw draw, ReferralPartner partner) {
        return switch (partner) {
            case PRIVATE_ADVISER -> draw.pick(PRIVATE_ADVISERS);
            case BANK_OR_BUSINESS_ANGEL -> draw.pick(BANKS);
            default -> null;
        };
    }

    // ---- the user evaluation (§9)

    /**
     * "Would you recommend" on 0–10: of 100 answers about 80 promoters (9–10), 12 passives and 8 detractors in
     * drift, a little better in vækst, which puts the NPS around 72 and 77 (goal 3: at least 70).
     */
    static int recommendScore(Draw draw, Segment segment) {
        int promoters = segment == Segment.GROWTH ? 83 : 80;
        int passives = segment == Segment.GROWTH ? 11 : 12;
        return switch (draw.weighted(promoters, passives, 100 - promoters - passives)) {
            case 0 -> draw.chance(0.55) ? 10 : 9;
            case 1 -> draw.between(7, 8);
            default -> draw.weighted(1, 1, 1, 2, 3, 5, 7);
        };
    }

    // ---- corrections and decisions

    static final String HOURS_REASON = "Wrong number of hours registered; corrected from the adviser's calendar";
    static final String DATE_REASON = "Registered on the wrong day; the meeting was held on the corrected date";
    static final String DUPLICATE_REASON = "Registered twice by mistake";
    static final String SEGMENT_REASON = "Wrong customer segment registered at opening";
    static final String P_NUMBER_REASON = "P-number of another production unit registered at opening";

    private static final List<String> CONTINUE_JUSTIFICATIONS = List.of(
            "Specialised guidance on the company's growth plan; no comparable private offer in the region, so it "
                    + "does not distort competition with private advisers.",
            "The hours went to mapping needs and to referrals, not to advice a private adviser would sell.",
            "Intensive but time-limited course ahead of a market entry; implementation is left to private advisers.",
            "Guidance on public funding and export schemes that private advisers do not offer.");
    private static final String STOP_JUSTIFICATION = "Further guidance would be consultancy a private adviser "
            + "could deliver; the company is referred to private advice.";

    static String justification(Draw draw, boolean continueGuidance) {
        return continueGuidance ? draw.pick(CONTINUE_JUSTIFICATIONS) : STOP_JUSTIFICATION;
    }

    // ---- result contracts (§8.2)

    /** A local goal a house may add to its contract; targets of goals counted in companies scale with the house's volume. */
    record LocalGoal(String goalId, String title, String measure, String unit, Comparison comparison,
                     double perCompany, int fixedLow, int fixedHigh) {
    }

    static final List<LocalGoal> LOCAL_GOALS = List.of(
            new LocalGoal("local.first-meeting-days", "Days to first meeting",
                    "Median number of working days from a company's first contact to its first guidance meeting",
                    "days", Comparison.AT_MOST, 0, 8, 15),
            new LocalGoal("local.green-transition", "Companies guided on sustainability",
                    "Distinct companies with a sustainability theme in their guidance during the year",
                    "companies", Comparison.AT_LEAST, 0.18, 0, 0),
            new LocalGoal("local.export-start", "Companies referred towards export",
                    "Distinct companies referred to the Trade Council or EIFO during the year",
                    "companies", Comparison.AT_LEAST, 0.07, 0, 0),
            new LocalGoal("local.branch-guidance", "Guidance at the branch",
                    "Share of the year's guided companies whose case is registered at the branch",
                    "percent", Comparison.AT_LEAST, 0, 20, 30),
            new LocalGoal("local.municipal-handover", "Companies received from local business service",
                    "Distinct companies whose first contact came through a municipality's business service",
                    "companies", Comparison.AT_LEAST, 0.12, 0, 0));

    static final List<String> AMENDMENT_REASONS = List.of(
            "Local goal adjusted after the mid-year status meeting with KKR",
            "Local target re-based on the first half year's registrations",
            "Municipal priorities changed with the new business strategy");
}
