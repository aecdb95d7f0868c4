package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.query.DashboardStories;

import static dk.erhvervshuse.query.DashboardStories.localGoal;
import static dk.erhvervshuse.query.DashboardStories.target;
import static dk.erhvervshuse.query.DashboardStories.terms;

/**
 * A year (2025) at two houses, Fyn and Nordjylland, with something of everything: entrepreneurs on both sides
 * of the 3-year line, a company guided by both houses, a withdrawn meeting, a case evaluated twice, a segment
 * correction, referrals evaluated and never evaluated, sustainability themes in registrations and meetings,
 * the cohort of guidance ended in 2023 with its accounts, the control groups, a restated survey, and the two
 * result contracts (Fyn's in force with a local goal, Nordjylland's signed by one chair). The expected
 * dashboards are worked out by hand in {@link RealisticYearTest}.
 */
final class RealisticYear {

    static final String F1 = "13748136";
    static final String F2 = "24256790";
    static final String F3 = "31000003";
    static final String F4 = "45000004";
    static final String F5 = "38000005";
    static final String F6 = "19000006";
    static final String F7 = "27000007";
    static final String F8 = "33000008";
    static final String F9 = "41000009";
    static final String F10 = "29000010";
    static final String N2 = "35000012";
    static final String N3 = "16000013";
    static final String N4 = "42000014";

    private RealisticYear() {
    }

    static void write(DashboardStories story) {
        House fyn = House.FYN;
        House nord = House.NORDJYLLAND;

        // Fyn's contract: goal 1 lowered to 3 entrepreneurs, a local goal; in force from 25 January
        story.contractProposed(fyn, 2025, terms(fyn, 2025,
                        target("goal1", "Guided companies under 3 years old", Comparison.AT_LEAST, 3),
                        localGoal("food", "Food producers guided", "companies", 25)), "2025-01-10")
                .contractSigned(fyn, 2025, Party.KKR_CHAIR, "kkr-syddanmark", "2025-01-20")
                .contractSigned(fyn, 2025, Party.BOARD_CHAIR, "board-fyn", "2025-01-25")
                .contractTookEffect(fyn, 2025, "2025-01-25");
        // Nordjylland's: proposed, one signature only
        story.contractProposed(nord, 2025, terms(nord, 2025), "2025-01-12")
                .contractSigned(nord, 2025, Party.KKR_CHAIR, "kkr-nordjylland", "2025-02-01");

        // ---- Fyn, 2025
        story.opened("f1", fyn, F1, "2023-05-01", Segment.GROWTH, "2025-01-15")
                .meeting("f1", fyn, F1, "m-1", "2025-01-20")
                .referred("f1", fyn, F1, "r-1", ReferralPartner.EIFO, "2025-02-01")
                .evaluated("f1", fyn, F1, "e-1", 10, true, null, "2025-04-10");
        story.opened("f2", fyn, F2, "2022-02-10", Segment.GROWTH, "2025-02-01")
                .meeting("f2", fyn, F2, "m-1", "2025-02-10")
                .referred("f2", fyn, F2, "r-1", ReferralPartner.PRIVATE_ADVISER, "2025-03-01")
                .evaluated("f2", fyn, F2, "e-1", 9, null, null, "2025-05-01");
        story.opened("f3", fyn, F3, "2024-03-01", Segment.OPERATIONS, "2025-03-01",
                        Theme.SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE)
                .meeting("f3", fyn, F3, "m-1", "2025-03-05")
                .meeting("f3", fyn, F3, "m-2", "2025-03-20")
                .evaluated("f3", fyn, F3, "e-1", 7, null, true, "2025-06-01");
        story.opened("f4", fyn, F4, "2010-01-01", Segment.OPERATIONS, "2025-01-05", Theme.CAPITAL)
                .meeting("f4", fyn, F4, "m-1", "2025-01-10", Theme.CAPITAL)
                .meeting("f4", fyn, F4, "m-2", "2025-02-01", Theme.SUSTAINABILITY_SOCIAL)
                .referred("f4", fyn, F4, "r-1", ReferralPartner.MUNICIPALITY, "2025-02-15")
                .evaluated("f4", fyn, F4, "e-1", 4, null, false, "2025-03-01")
                .evaluated("f4", fyn, F4, "e-2", 8, null, true, "2025-09-01");
        story.opened("f5", fyn, F5, "2024-06-01", Segment.GROWTH, "2025-04-01")
                .meeting("f5", fyn, F5, "m-1", "2025-04-02");
        story.opened("f6", fyn, F6, "2023-01-01", Segment.GROWTH, "2025-06-01")
                .meeting("f6", fyn, F6, "m-1", "2025-06-05")
                .meetingWithdrawn("f6", fyn, F6, "m-1", "duplicate registration");

        // ---- Fyn's cohort: guidance ended in 2023
        story.opened("f7", fyn, F7, "2012-01-01", Segment.GROWTH, "2023-01-10")
                .meeting("f7", fyn, F7, "m-1", "2023-01-15")
                .closed("f7", fyn, F7, "2023-05-31")
                .accounts(F7, 2023, "2000000", "10", DeliveryStatus.FINAL, 1, "2024-06-01")
                .accounts(F7, 2025, "2600000", "13", DeliveryStatus.FINAL, 1, "2026-06-01");
        story.opened("f8", fyn, F8, "2012-01-01", Segment.GROWTH, "2023-01-10")
                .closed("f8", fyn, F8, "2023-11-30")
                .accounts(F8, 2023, "1000000", "5", DeliveryStatus.FINAL, 1, "2024-06-01")
                .accounts(F8, 2025, "1100000", "5", DeliveryStatus.PRELIMINARY, 1, "2026-03-01");
        story.opened("f9", fyn, F9, "2012-01-01", Segment.OPERATIONS, "2023-01-10")
                .closed("f9", fyn, F9, "2023-08-31")
                .accounts(F9, 2023, "3000000", "20", DeliveryStatus.FINAL, 1, "2024-06-01")
                .accounts(F9, 2025, "3300000", "20", DeliveryStatus.FINAL, 1, "2026-06-01");
        story.opened("f10", fyn, F10, "2012-01-01", Segment.GROWTH, "2023-01-10")
                .closed("f10", fyn, F10, "2023-04-30")
                .accounts(F10, 2025, "500000", "3", DeliveryStatus.FINAL, 1, "2026-06-01");

        // ---- Nordjylland, 2025
        story.opened("n1", nord, F5, "2024-06-01", Segment.GROWTH, "2025-05-01")
                .meeting("n1", nord, F5, "m-1", "2025-05-03");
        story.opened("n2", nord, N2, "2022-12-31", Segment.GROWTH, "2025-01-02")
                .meeting("n2", nord, N2, "m-1", "2025-12-30");
        story.opened("n3", nord, N3, "2021-06-01", Segment.OPERATIONS, "2025-01-20")
                .meeting("n3", nord, N3, "m-1", "2025-02-01")
                .referred("n3", nord, N3, "r-1", ReferralPartner.TRADE_COUNCIL, "2025-02-05")
                .evaluated("n3", nord, N3, "e-1", 10, false, null, "2025-03-01");
        story.opened("n4", nord, N4, "2015-01-01", Segment.GROWTH, "2025-02-01")
                .meeting("n4", nord, N4, "m-1", "2025-03-01")
                .evaluated("n4", nord, N4, "e-1", 3, null, null, "2025-04-01")
                .registrationCorrected("n4", nord, N4, "2015-01-01", Segment.OPERATIONS,
                        "a family-owned workshop: drift, not vækst");

        // ---- deliveries
        story.survey(fyn, 2025, "46.0", "52.0", 800, DeliveryStatus.PRELIMINARY, 1, "2026-01-20")
                .survey(fyn, 2025, "50.5", "56.0", 820, DeliveryStatus.FINAL, 2, "2026-03-15")
                .controlGroup(Segment.GROWTH, 2025, "12", "4", "3", DeliveryStatus.FINAL, 1, "2026-08-01")
                .controlGroup(Segment.OPERATIONS, 2025, "5", "1", "6", DeliveryStatus.FINAL, 1, "2026-08-01");
    }
}
