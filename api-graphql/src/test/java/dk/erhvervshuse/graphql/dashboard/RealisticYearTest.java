package dk.erhvervshuse.graphql.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.support.Dashboards.Dashboard;
import dk.erhvervshuse.graphql.support.Dashboards.ExplanationEntry;
import dk.erhvervshuse.graphql.support.Dashboards.Goal;
import dk.erhvervshuse.graphql.support.Dashboards.HistoryEntry;
import dk.erhvervshuse.graphql.support.Dashboards.ResultContract;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.Dashboards.dashboard;
import static dk.erhvervshuse.graphql.support.Dashboards.explanation;
import static dk.erhvervshuse.graphql.support.Dashboards.nationalDashboard;
import static dk.erhvervshuse.graphql.support.Dashboards.of;
import static dk.erhvervshuse.graphql.support.Dashboards.resultContract;
import static dk.erhvervshuse.graphql.support.Registrations.accounts;
import static dk.erhvervshuse.graphql.support.Registrations.agreementGoalInputs;
import static dk.erhvervshuse.graphql.support.Registrations.amend;
import static dk.erhvervshuse.graphql.support.Registrations.close;
import static dk.erhvervshuse.graphql.support.Registrations.controlGroup;
import static dk.erhvervshuse.graphql.support.Registrations.correctMeetingDate;
import static dk.erhvervshuse.graphql.support.Registrations.correctSegment;
import static dk.erhvervshuse.graphql.support.Registrations.evaluate;
import static dk.erhvervshuse.graphql.support.Registrations.goalInput;
import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.Registrations.propose;
import static dk.erhvervshuse.graphql.support.Registrations.refer;
import static dk.erhvervshuse.graphql.support.Registrations.sign;
import static dk.erhvervshuse.graphql.support.Registrations.survey;
import static dk.erhvervshuse.graphql.support.Registrations.withdrawMeeting;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_HOVEDSTADEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A realistic year, 2025, for Erhvervshus Fyn and Erhvervshus Hovedstaden, registered through GraphQL alone
 * (advisers, the chairs, the Business Authority's analyst) and read back as dashboards. Every expected number
 * is worked out below by hand from the version-1 definitions of the query side
 * ({@code dk.erhvervshuse.query.targets.DefinitionChoices}), which read the agreement (§8.1, §8.2, §9):
 * <ul>
 *     <li>goal 1: distinct companies with a meeting that counts (not withdrawn, corrected date) in the year,
 *     under 3 years old on the day of their first such meeting; exactly 3 years old is not under 3;</li>
 *     <li>goal 2: the latest revision of the house's awareness survey; nationally weighted by respondents;</li>
 *     <li>goal 3: NPS = % promoters (9–10) − % detractors (0–6) per segment as now registered, each case once
 *     by its latest evaluation received in the year;</li>
 *     <li>goal 4: of companies referred in the year to external advice or state promotion (PRIVATE_ADVICE,
 *     STATE_PROMOTION), the share whose latest evaluation on or after the first such referral says a referral
 *     was used; a referral never evaluated is left out of the denominator;</li>
 *     <li>goal 5: the cohort is guidance ended (case closed) in Y−2 = 2023; each company's growth from its 2023
 *     to its 2025 accounts (latest revision), the cohort's mean, minus the control group's growth (latest);</li>
 *     <li>goal 6: of the cases guided on sustainability (case or counting meeting theme) evaluated in the year,
 *     the share whose latest answer says "i høj grad";</li>
 *     <li>display: counts whole, shares and NPS to 1 decimal, points to 2, half up; met is judged unrounded.</li>
 * </ul>
 * Targets: Fyn's contract is in force (both chairs signed in December 2024) and amended in June; Hovedstaden's
 * has one signature only, so the agreement's defaults apply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RealisticYearTest {

    static final int YEAR = 2025;

    // Companies (valid CVR numbers, modulus 11), ordered by number as explanations list them.
    static final String A = "31100003"; // Fyn: founded 2022-03-01, exactly 3 years old at its first meeting
    static final String B = "31100011"; // Fyn: founded 2022-03-02, one day short of 3 at its first meeting
    static final String C = "31100038"; // Fyn: young, referred to a private adviser, did not use it
    static final String D = "31100046"; // Fyn: its first meeting withdrawn; at the next it is 3 years old
    static final String E = "31100054"; // Fyn: its only meeting withdrawn
    static final String G = "31100062"; // Fyn and Hovedstaden: a young company guided by both houses
    static final String H = "31100070"; // Fyn: registered vækst, corrected to drift
    static final String J = "31100089"; // Fyn: guided on climate; helped "i høj grad"
    static final String K = "31100097"; // Fyn: guided on social sustainability; not "i høj grad"
    static final String L = "31100100"; // Fyn: a meeting on governance makes its case a sustainability case
    static final String M = "31100119"; // Fyn: vækst, guidance ended 2023
    static final String N = "31100127"; // Fyn: vækst, guidance ended 2023, 2025 accounts restated
    static final String P = "31100135"; // Fyn: vækst, guidance ended 2023, no 2025 accounts
    static final String Q = "31100143"; // Fyn: drift, guidance ended 2023
    static final String R = "31100151"; // Fyn: drift, guidance ended 2023
    static final String T = "31100178"; // Hovedstaden: vækst, guidance ended 2023
    static final String U = "31100186"; // Hovedstaden: founded 2024
    static final String V = "31100194"; // Hovedstaden: drift, climate, referred to a business angel
    static final String W = "31100208"; // Hovedstaden: meeting date corrected from 2024 into 2025
    static final String X = "31100216"; // Fyn: guided and evaluated in 2024 only

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester adviserFyn;
    private HttpGraphQlTester adviserHovedstaden;
    private HttpGraphQlTester kkrFyn;
    private HttpGraphQlTester boardFyn;
    private HttpGraphQlTester kkrHovedstaden;
    private HttpGraphQlTester boardHovedstaden;
    private HttpGraphQlTester analyst;
    private HttpGraphQlTester auditor;

    @BeforeEach
    void connect() {
        RegistryClient registry = new RegistryClient(port);
        adviserFyn = registry.as(ADVISER_FYN);
        adviserHovedstaden = registry.as(ADVISER_HOVEDSTADEN);
        kkrFyn = registry.as(KKR_FYN);
        boardFyn = registry.as(BOARD_FYN);
        kkrHovedstaden = registry.as(KKR_HOVEDSTADEN);
        boardHovedstaden = registry.as(BOARD_HOVEDSTADEN);
        analyst = registry.as(ANALYST);
        auditor = registry.as(AUDITOR);
    }

    @Test
    void aYearOfTwoHousesGivesTheDashboardsWorkedOutByHandFromTheAgreementsDefinitions() {
        contracts();
        guidanceEndedIn2023();
        fynIn2024();
        fynIn2025();
        hovedstadenIn2025();
        amendFynsContract();
        deliveries();

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            assertFyn(dashboard(auditor, "FYN", YEAR));
            assertHovedstaden(dashboard(auditor, "HOVEDSTADEN", YEAR));
            assertNational(nationalDashboard(auditor, YEAR));
        });
        assertExplanations();
    }

    // ---- the registrations

    /**
     * Fyn's 2025 contract: proposed with the agreement's targets, signed by both chairs in December 2024, in
     * force from the later signature. Hovedstaden's is signed by KKR's chair only: not in force.
     */
    private void contracts() {
        propose(kkrFyn, "FYN", YEAR, null, "2024-11-20");
        sign(kkrFyn, "FYN", YEAR, "KKR_CHAIR", "2024-12-05");
        sign(boardFyn, "FYN", YEAR, "BOARD_CHAIR", "2024-12-10");

        propose(boardHovedstaden, "HOVEDSTADEN", YEAR, null, "2024-11-25");
        sign(kkrHovedstaden, "HOVEDSTADEN", YEAR, "KKR_CHAIR", "2024-12-01");
    }

    /** The cohort of goal 5 for 2025: cases closed in 2023 (2025 − 2), before the agreement's meetings began. */
    private void guidanceEndedIn2023() {
        openCase(adviserFyn, "fyn-m", "FYN", M, "2012-05-01", "GROWTH", "2023-02-01", "INTERNATIONALISATION");
        close(adviserFyn, "fyn-m", "2023-10-31");
        openCase(adviserFyn, "fyn-n", "FYN", N, "2015-09-01", "GROWTH", "2023-03-01", "CAPITAL");
        close(adviserFyn, "fyn-n", "2023-11-15");
        openCase(adviserFyn, "fyn-p", "FYN", P, "2017-01-01", "GROWTH", "2023-01-15", "NEW_BUSINESS_MODELS");
        close(adviserFyn, "fyn-p", "2023-06-30");
        openCase(adviserFyn, "fyn-q", "FYN", Q, "2005-06-01", "OPERATIONS", "2023-04-01", "LEADERSHIP_AND_ORGANISATION");
        close(adviserFyn, "fyn-q", "2023-09-30");
        openCase(adviserFyn, "fyn-r", "FYN", R, "2001-02-01", "OPERATIONS", "2023-05-01", "OWNERSHIP_CHANGE");
        close(adviserFyn, "fyn-r", "2023-12-01");
        openCase(adviserHovedstaden, "hov-t", "HOVEDSTADEN", T, "2014-04-01", "GROWTH", "2023-01-10", "CAPITAL");
        close(adviserHovedstaden, "hov-t", "2023-05-31");
    }

    /** A company guided and evaluated in 2024: it must not show in any 2025 number. */
    private void fynIn2024() {
        openCase(adviserFyn, "fyn-x", "FYN", X, "2023-01-01", "GROWTH", "2024-10-01", "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserFyn, "fyn-x", "x1", "2024-10-05", "1.5", "DIGITALISATION_AND_TECHNOLOGY");
        evaluate(adviserFyn, "fyn-x", "x-e1", 0, null, null, "2024-12-01");
    }

    private void fynIn2025() {
        openCase(adviserFyn, "fyn-a", "FYN", A, "2022-03-01", "GROWTH", "2025-02-10", "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserFyn, "fyn-a", "a1", "2025-03-01", "1.5", "DIGITALISATION_AND_TECHNOLOGY");
        refer(adviserFyn, "fyn-a", "a-r1", "MUNICIPALITY", null, "2025-03-02");
        evaluate(adviserFyn, "fyn-a", "a-e1", 6, null, null, "2025-04-01");

        openCase(adviserFyn, "fyn-b", "FYN", B, "2022-03-02", "GROWTH", "2025-02-10", "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserFyn, "fyn-b", "b1", "2025-03-01", "1.5", "DIGITALISATION_AND_TECHNOLOGY");
        refer(adviserFyn, "fyn-b", "b-r1", "EIFO", null, "2025-03-10");
        evaluate(adviserFyn, "fyn-b", "b-e1", 3, null, null, "2025-04-15");
        evaluate(adviserFyn, "fyn-b", "b-e2", 9, true, null, "2025-05-01");

        openCase(adviserFyn, "fyn-c", "FYN", C, "2023-06-01", "GROWTH", "2025-01-15", "CAPITAL");
        meeting(adviserFyn, "fyn-c", "c1", "2025-01-20", "1.5", "CAPITAL");
        meeting(adviserFyn, "fyn-c", "c2", "2025-06-10", "1.5", "CAPITAL");
        refer(adviserFyn, "fyn-c", "c-r1", "PRIVATE_ADVISER", "Revisionsfirmaet Fyn", "2025-04-01");
        evaluate(adviserFyn, "fyn-c", "c-e1", 7, false, null, "2025-06-20");

        openCase(adviserFyn, "fyn-d", "FYN", D, "2022-05-01", "GROWTH", "2025-04-01", "INTERNATIONALISATION");
        meeting(adviserFyn, "fyn-d", "d1", "2025-04-20", "1.5", "INTERNATIONALISATION");
        meeting(adviserFyn, "fyn-d", "d2", "2025-05-10", "1.5", "INTERNATIONALISATION");
        withdrawMeeting(adviserFyn, "fyn-d", "d1", "held with another company; registered on the wrong case");
        evaluate(adviserFyn, "fyn-d", "d-e1", 8, null, null, "2025-06-30");

        openCase(adviserFyn, "fyn-e", "FYN", E, "2010-01-01", "OPERATIONS", "2025-05-01", "CRISIS_MANAGEMENT");
        meeting(adviserFyn, "fyn-e", "e1", "2025-05-02", "1.5", "CRISIS_MANAGEMENT");
        withdrawMeeting(adviserFyn, "fyn-e", "e1", "a duplicate of a meeting registered in another system");
        evaluate(adviserFyn, "fyn-e", "e-e1", 5, null, null, "2025-07-01");

        openCase(adviserFyn, "fyn-g", "FYN", G, "2023-09-01", "OPERATIONS", "2025-03-01", "NEW_BUSINESS_MODELS");
        meeting(adviserFyn, "fyn-g", "g1", "2025-03-05", "1.5", "NEW_BUSINESS_MODELS");
        refer(adviserFyn, "fyn-g", "g-r1", "INNOVATION_FUND", null, "2025-03-06");

        openCase(adviserFyn, "fyn-h", "FYN", H, "2016-04-04", "GROWTH", "2025-02-01", "LEADERSHIP_AND_ORGANISATION");
        meeting(adviserFyn, "fyn-h", "h1", "2025-02-03", "1.5", "LEADERSHIP_AND_ORGANISATION");
        correctSegment(adviserFyn, "fyn-h", "OPERATIONS", "a family-owned operation, registered as growth by mistake");
        evaluate(adviserFyn, "fyn-h", "h-e1", 9, null, null, "2025-04-04");

        openCase(adviserFyn, "fyn-j", "FYN", J, "2015-05-05", "OPERATIONS", "2025-01-10",
                "SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE");
        meeting(adviserFyn, "fyn-j", "j1", "2025-01-12", "1.5", "SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE");
        evaluate(adviserFyn, "fyn-j", "j-e1", 10, null, true, "2025-03-01");

        openCase(adviserFyn, "fyn-k", "FYN", K, "2018-08-08", "OPERATIONS", "2025-01-10", "SUSTAINABILITY_SOCIAL");
        meeting(adviserFyn, "fyn-k", "k1", "2025-01-13", "1.5", "SUSTAINABILITY_SOCIAL");
        evaluate(adviserFyn, "fyn-k", "k-e1", 10, null, false, "2025-03-02");

        openCase(adviserFyn, "fyn-l", "FYN", L, "2019-01-10", "GROWTH", "2025-02-01", "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserFyn, "fyn-l", "l1", "2025-02-15", "1.5", "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserFyn, "fyn-l", "l2", "2025-03-15", "1.5", "SUSTAINABILITY_GOVERNANCE");
        evaluate(adviserFyn, "fyn-l", "l-e1", 10, null, true, "2025-05-20");
    }

    private void hovedstadenIn2025() {
        openCase(adviserHovedstaden, "hov-g", "HOVEDSTADEN", G, "2023-09-01", "GROWTH", "2025-04-01",
                "INNOVATIVE_PRODUCTS_AND_SERVICES");
        meeting(adviserHovedstaden, "hov-g", "g2", "2025-04-03", "2", "INNOVATIVE_PRODUCTS_AND_SERVICES");
        evaluate(adviserHovedstaden, "hov-g", "g-e1", 10, null, null, "2025-06-01");

        openCase(adviserHovedstaden, "hov-u", "HOVEDSTADEN", U, "2024-01-15", "GROWTH", "2025-01-20",
                "INTERNATIONALISATION");
        meeting(adviserHovedstaden, "hov-u", "u1", "2025-02-01", "1", "INTERNATIONALISATION");
        refer(adviserHovedstaden, "hov-u", "u-r1", "TRADE_COUNCIL", null, "2025-02-05");
        meeting(adviserHovedstaden, "hov-u", "u2", "2025-09-01", "1", "INTERNATIONALISATION");
        evaluate(adviserHovedstaden, "hov-u", "u-e1", 9, true, null, "2025-10-01");

        openCase(adviserHovedstaden, "hov-v", "HOVEDSTADEN", V, "2020-02-02", "OPERATIONS", "2025-03-01",
                "SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE");
        meeting(adviserHovedstaden, "hov-v", "v1", "2025-03-03", "2", "SUSTAINABILITY_ENVIRONMENT_AND_CLIMATE");
        refer(adviserHovedstaden, "hov-v", "v-r1", "BANK_OR_BUSINESS_ANGEL", "Copenhagen Business Angels",
                "2025-03-10");
        evaluate(adviserHovedstaden, "hov-v", "v-e1", 7, true, true, "2025-08-01");

        openCase(adviserHovedstaden, "hov-w", "HOVEDSTADEN", W, "2022-12-31", "OPERATIONS", "2024-12-20",
                "DIGITALISATION_AND_TECHNOLOGY");
        meeting(adviserHovedstaden, "hov-w", "w1", "2024-12-30", "2", "DIGITALISATION_AND_TECHNOLOGY");
        correctMeetingDate(adviserHovedstaden, "hov-w", "w1", ADVISER_HOVEDSTADEN, "2025-01-06", "2",
                "held on 6 January 2025; the booking date was typed", "DIGITALISATION_AND_TECHNOLOGY");
        evaluate(adviserHovedstaden, "hov-w", "w-e1", 4, null, null, "2025-09-09");
    }

    /**
     * In June the parties raise Fyn's target for awareness of the house's offers from the agreement's 55 % to
     * 57 % and add a local goal: the full list of goals after the amendment, with the reason.
     */
    private void amendFynsContract() {
        List<Map<String, Object>> goals = new ArrayList<>(agreementGoalInputs(House.FYN, YEAR,
                Map.of("goal2.offers", "57")));
        goals.add(goalInput("local.responseTime", "Svartid på henvendelser",
                "median days from a company's first contact to its first meeting", "days", "AT_MOST", "10"));
        amend(boardFyn, "FYN", YEAR, goals, "KKR Fyn and the board raise the goal for awareness of the offers",
                List.of(KKR_FYN, BOARD_FYN), "2025-06-15");
    }

    private void deliveries() {
        // Goal 2: Fyn's survey first preliminary, then restated final; Hovedstaden's final at once.
        survey(analyst, "FYN", YEAR, "48.0", "52.0", 400, "PRELIMINARY", "2025-11-15");
        survey(analyst, "FYN", YEAR, "51.5", "56.0", 420, "FINAL", "2026-02-01");
        survey(analyst, "HOVEDSTADEN", YEAR, "45.0", "50.0", 580, "FINAL", "2026-02-01");

        // Goal 5: accounts for 2023 (Y−2) and 2025 (Y).
        accounts(analyst, M, 2023, "10000000", "10", "FINAL", "2024-06-30");
        accounts(analyst, M, 2025, "13000000", "12", "PRELIMINARY", "2026-04-30");
        accounts(analyst, N, 2023, "4000000", "8", "FINAL", "2024-06-30");
        accounts(analyst, N, 2025, "4400000", "10", "PRELIMINARY", "2026-04-30");
        accounts(analyst, N, 2025, "4600000", "10", "FINAL", "2026-06-30");
        accounts(analyst, P, 2023, "3000000", "6", "FINAL", "2024-06-30");
        accounts(analyst, Q, 2023, "6000000", "10", "FINAL", "2024-06-30");
        accounts(analyst, Q, 2025, "7200000", "10", "FINAL", "2026-06-30");
        accounts(analyst, R, 2023, "5000000", "5", "FINAL", "2024-06-30");
        accounts(analyst, R, 2025, "5500000", "5.5", "FINAL", "2026-06-30");
        accounts(analyst, T, 2023, "2000000", "4", "FINAL", "2024-06-30");
        accounts(analyst, T, 2025, "2100000", "4", "FINAL", "2026-06-30");

        // The control groups' growth 2023 → 2025; vækst first preliminary, then restated final.
        controlGroup(analyst, "GROWTH", YEAR, "8", "4", "3", "2", "PRELIMINARY", "2026-03-01");
        controlGroup(analyst, "GROWTH", YEAR, "10", "5", "3.5", "2.5", "FINAL", "2026-06-01");
        controlGroup(analyst, "OPERATIONS", YEAR, "6", "1", "12", "9", "FINAL", "2026-06-01");
    }

    // ---- the expected numbers

    private static void assertFyn(Dashboard fyn) {
        assertThat(fyn.contractStatus()).isEqualTo("IN_FORCE");
        // In force from the later of the two signatures (2024-12-05, 2024-12-10).
        assertThat(fyn.contractEffectiveOn()).isEqualTo("2024-12-10");
        assertThat(fyn.goals()).extracting(Goal::targetSource).containsOnly("CONTRACT");

        // Goal 1. Companies with a counting meeting in 2025: A B C D E G H J K L (10).
        //   A: founded 2022-03-01, first meeting 2025-03-01: exactly 3 years -> not under 3, excluded.
        //   B: founded 2022-03-02, first meeting 2025-03-01: 2 years 364 days -> counted.
        //   C: founded 2023-06-01 -> counted.
        //   D: d1 (2025-04-20, then 2 years 11 months) withdrawn; first counting meeting d2 2025-05-10, and on
        //      2025-05-01 D turned 3 -> excluded.
        //   E: its only meeting withdrawn -> excluded, no meeting that counts.
        //   G: founded 2023-09-01 -> counted.
        //   H (2016), J (2015), K (2018), L (2019): excluded, old.
        //   X met in 2024 only; M N P Q R have no 2025 meetings.
        // counted 3 (B, C, G), excluded 7; target 94 (contract, the agreement's Fyn share) -> not met.
        Goal goal1 = fyn.goal("goal1");
        assertThat(goal1.actual()).isEqualByComparingTo("3");
        assertThat(goal1.counts().counted()).isEqualTo(3);
        assertThat(goal1.counts().excluded()).isEqualTo(7);
        assertThat(goal1.target()).isEqualByComparingTo("94");
        assertThat(goal1.met()).isFalse();

        // Goal 2, awareness of the house: revision 2 (final, 51.5 % of 420) replaces revision 1 (48.0 % of 400).
        // 51.5 >= 50 -> met.
        Goal aware = fyn.goal("goal2.house");
        assertThat(aware.actual()).isEqualByComparingTo("51.5");
        assertThat(aware.target()).isEqualByComparingTo("50");
        assertThat(aware.met()).isTrue();
        assertThat(aware.counts().counted()).isEqualTo(1);
        assertThat(aware.counts().excluded()).isEqualTo(1);
        assertThat(aware.counts().respondents()).isEqualTo(420);
        assertThat(aware.counts().onRestatedDeliveries()).isEqualTo(1);
        assertThat(aware.counts().onPreliminaryDeliveries()).isZero();
        assertThat(aware.delivery().source()).isEqualTo("awareness survey FYN 2025");
        assertThat(aware.delivery().revision()).isEqualTo(2);
        assertThat(aware.delivery().status()).isEqualTo("FINAL");
        assertThat(aware.delivery().restated()).isTrue();
        assertThat(aware.delivery().preliminary()).isFalse();
        // Awareness of the offers: 56.0 %; the amendment raised the target from 55 to 57 -> not met.
        Goal offers = fyn.goal("goal2.offers");
        assertThat(offers.actual()).isEqualByComparingTo("56.0");
        assertThat(offers.target()).isEqualByComparingTo("57");
        assertThat(offers.met()).isFalse();

        // Goal 3, vækst: cases registered vækst with an evaluation in 2025: A 6 (detractor), B 9 (its 3 of
        // 2025-04-15 superseded by the 9 of 2025-05-01: a case counts once), C 7 and D 8 (passives),
        // L 10 (promoter). H was corrected to drift. X's 0 was received in 2024.
        // NPS = (2 promoters - 1 detractor) / 5 x 100 = 20.0; target 70 -> not met.
        Goal growth = fyn.goal("goal3.growth");
        assertThat(growth.actual()).isEqualByComparingTo("20.0");
        assertThat(growth.counts().promoters()).isEqualTo(2);
        assertThat(growth.counts().passives()).isEqualTo(2);
        assertThat(growth.counts().detractors()).isEqualTo(1);
        assertThat(growth.counts().respondents()).isEqualTo(5);
        assertThat(growth.counts().excluded()).isEqualTo(1);
        assertThat(growth.met()).isFalse();
        // Goal 3, drift: J 10, K 10, H 9 (promoters), E 5 (detractor); G has no evaluation.
        // NPS = (3 - 1) / 4 x 100 = 50.0.
        Goal operations = fyn.goal("goal3.operations");
        assertThat(operations.actual()).isEqualByComparingTo("50.0");
        assertThat(operations.counts().promoters()).isEqualTo(3);
        assertThat(operations.counts().passives()).isZero();
        assertThat(operations.counts().detractors()).isEqualTo(1);
        assertThat(operations.counts().respondents()).isEqualTo(4);
        assertThat(operations.met()).isFalse();

        // Goal 4. Referred in 2025: A to the municipality (other public: excluded), B to EIFO (state promotion;
        // b-e2 of 2025-05-01 says used; b-e1 did not answer), C to a private adviser (c-e1: not used),
        // G to Innovationsfonden (never evaluated: left out of the denominator).
        // 1 / 2 = 50.0 % >= 50 -> met.
        Goal hub = fyn.goal("goal4");
        assertThat(hub.actual()).isEqualByComparingTo("50.0");
        assertThat(hub.counts().numerator()).isEqualTo(1);
        assertThat(hub.counts().denominator()).isEqualTo(2);
        assertThat(hub.counts().excluded()).isEqualTo(2);
        assertThat(hub.met()).isTrue();

        // Goal 5, vækst. Cohort: M, N, P (closed 2023, vækst).
        //   M revenue 10,000,000 -> 13,000,000 = +30 %; employees 10 -> 12 = +20 % (2025 preliminary).
        //   N revenue 4,000,000 -> 4,600,000 (restated from 4,400,000) = +15 %; employees 8 -> 10 = +25 %.
        //   P has no 2025 accounts: excluded.
        // Control group vækst 2025, revision 2 (final): revenue +10 %, employment +5 %.
        // Revenue: (30 + 15) / 2 = 22.5; 22.5 - 10 = 12.50 points >= 10 -> met.
        Goal revenue = fyn.goal("goal5.growth.revenue");
        assertThat(revenue.actual()).isEqualByComparingTo("12.50");
        assertThat(revenue.counts().companyMeanGrowth()).isEqualByComparingTo("22.50");
        assertThat(revenue.counts().controlGroupGrowth()).isEqualByComparingTo("10");
        assertThat(revenue.counts().counted()).isEqualTo(2);
        assertThat(revenue.counts().excluded()).isEqualTo(1);
        assertThat(revenue.counts().onPreliminaryDeliveries()).isEqualTo(1);
        assertThat(revenue.counts().onRestatedDeliveries()).isEqualTo(1);
        assertThat(revenue.met()).isTrue();
        assertThat(revenue.delivery().source()).isEqualTo("control group GROWTH 2025");
        assertThat(revenue.delivery().revision()).isEqualTo(2);
        assertThat(revenue.delivery().restated()).isTrue();
        // Employment: (20 + 25) / 2 = 22.5; 22.5 - 5 = 17.50 points >= 5 -> met.
        Goal employment = fyn.goal("goal5.growth.employment");
        assertThat(employment.actual()).isEqualByComparingTo("17.50");
        assertThat(employment.counts().companyMeanGrowth()).isEqualByComparingTo("22.50");
        assertThat(employment.met()).isTrue();
        // Goal 5, drift, revenue per full-time employee. Cohort Q, R (closed 2023, drift).
        //   Q 6,000,000 / 10 = 600,000 -> 7,200,000 / 10 = 720,000: +20 %.
        //   R 5,000,000 / 5 = 1,000,000 -> 5,500,000 / 5.5 = 1,000,000: 0 %.
        // (20 + 0) / 2 = 10; control group drift +12 % -> -2.00 points, not more than 0 -> not met.
        Goal productivity = fyn.goal("goal5.operations.productivity");
        assertThat(productivity.actual()).isEqualByComparingTo("-2.00");
        assertThat(productivity.counts().companyMeanGrowth()).isEqualByComparingTo("10.00");
        assertThat(productivity.counts().controlGroupGrowth()).isEqualByComparingTo("12");
        assertThat(productivity.counts().counted()).isEqualTo(2);
        assertThat(productivity.comparison()).isEqualTo("GREATER_THAN");
        assertThat(productivity.met()).isFalse();

        // Goal 6. Cases evaluated in 2025: A B C D E H J K L (9). Guided on sustainability: J (climate, "i høj
        // grad"), K (social, not), L (a governance meeting, "i høj grad"); the other 6 are excluded.
        // 2 / 3 = 66.666... -> 66.7 %; target 70 -> not met.
        Goal sustainability = fyn.goal("goal6");
        assertThat(sustainability.actual()).hasToString("66.7");
        assertThat(sustainability.counts().numerator()).isEqualTo(2);
        assertThat(sustainability.counts().denominator()).isEqualTo(3);
        assertThat(sustainability.counts().excluded()).isEqualTo(6);
        assertThat(sustainability.met()).isFalse();

        // The local goal the amendment added: the house reports it; the system holds no definition of it.
        Goal local = fyn.goal("local.responseTime");
        assertThat(local.national()).isFalse();
        assertThat(local.actual()).isNull();
        assertThat(local.target()).isEqualByComparingTo("10");
        assertThat(local.comparison()).isEqualTo("AT_MOST");
        assertThat(local.met()).isNull();
        assertThat(local.note()).contains("reported by the house");
    }

    private static void assertHovedstaden(Dashboard hovedstaden) {
        // One signature of two: not in force, so the agreement's default targets apply.
        assertThat(hovedstaden.contractStatus()).isEqualTo("PARTLY_SIGNED");
        assertThat(hovedstaden.contractEffectiveOn()).isNull();
        assertThat(hovedstaden.goals()).extracting(Goal::targetSource).containsOnly("AGREEMENT_DEFAULT");

        // Goal 1: G (founded 2023-09-01) counted; U (2024-01-15) counted; W (2022-12-31), whose meeting was
        // corrected from 2024-12-30 to 2025-01-06, 2 years 6 days old then: counted; V (2020) excluded.
        // 3 against the default 385.
        Goal goal1 = hovedstaden.goal("goal1");
        assertThat(goal1.actual()).isEqualByComparingTo("3");
        assertThat(goal1.counts().excluded()).isEqualTo(1);
        assertThat(goal1.target()).isEqualByComparingTo("385");
        assertThat(goal1.met()).isFalse();

        // Goal 2: 45.0 % and 50.0 % of 580, final, first revision; against 50 and 55 -> neither met.
        Goal aware = hovedstaden.goal("goal2.house");
        assertThat(aware.actual()).isEqualByComparingTo("45.0");
        assertThat(aware.met()).isFalse();
        assertThat(aware.counts().respondents()).isEqualTo(580);
        assertThat(aware.delivery().revision()).isEqualTo(1);
        assertThat(aware.delivery().restated()).isFalse();
        Goal offers = hovedstaden.goal("goal2.offers");
        assertThat(offers.actual()).isEqualByComparingTo("50.0");
        assertThat(offers.target()).isEqualByComparingTo("55");
        assertThat(offers.met()).isFalse();

        // Goal 3, vækst: G 10, U 9: (2 - 0) / 2 = 100.0 -> met. Drift: V 7 (passive), W 4 (detractor):
        // (0 - 1) / 2 = -50.0.
        assertThat(hovedstaden.goal("goal3.growth").actual()).isEqualByComparingTo("100.0");
        assertThat(hovedstaden.goal("goal3.growth").met()).isTrue();
        Goal operations = hovedstaden.goal("goal3.operations");
        assertThat(operations.actual()).isEqualByComparingTo("-50.0");
        assertThat(operations.counts().passives()).isEqualTo(1);
        assertThat(operations.counts().detractors()).isEqualTo(1);

        // Goal 4: U to the Trade Council (state promotion), used; V to a business angel (private advice),
        // used: 2 / 2 = 100.0.
        Goal hub = hovedstaden.goal("goal4");
        assertThat(hub.actual()).isEqualByComparingTo("100.0");
        assertThat(hub.counts().denominator()).isEqualTo(2);

        // Goal 5, vækst: T 2,000,000 -> 2,100,000 = +5 %, employees 4 -> 4 = 0 %.
        // Revenue 5 - 10 = -5.00, employment 0 - 5 = -5.00: neither met. Drift: no cohort, not measurable.
        assertThat(hovedstaden.goal("goal5.growth.revenue").actual()).isEqualByComparingTo("-5.00");
        assertThat(hovedstaden.goal("goal5.growth.revenue").met()).isFalse();
        assertThat(hovedstaden.goal("goal5.growth.employment").actual()).isEqualByComparingTo("-5.00");
        Goal productivity = hovedstaden.goal("goal5.operations.productivity");
        assertThat(productivity.actual()).isNull();
        assertThat(productivity.met()).isNull();
        assertThat(productivity.note()).startsWith("not measurable");

        // Goal 6: evaluated G, U, V, W; only V is guided on sustainability, "i høj grad": 1 / 1 = 100.0.
        Goal sustainability = hovedstaden.goal("goal6");
        assertThat(sustainability.actual()).isEqualByComparingTo("100.0");
        assertThat(sustainability.counts().denominator()).isEqualTo(1);
        assertThat(sustainability.counts().excluded()).isEqualTo(3);
        assertThat(sustainability.met()).isTrue();
    }

    private static void assertNational(Dashboard national) {
        // Goal 1: Fyn counts B, C, G; Hovedstaden G, U, W. G, guided by both, counts once: 5 distinct
        // companies. Not counted anywhere: A D E H J K L V = 8. Target: the houses' shares, 1,200.
        Goal goal1 = national.goal("goal1");
        assertThat(goal1.actual()).isEqualByComparingTo("5");
        assertThat(goal1.counts().counted()).isEqualTo(5);
        assertThat(goal1.counts().excluded()).isEqualTo(8);
        assertThat(goal1.target()).isEqualByComparingTo("1200");

        // Goal 2, weighted by respondents: house (51.5 x 420 + 45.0 x 580) / 1,000 = 47.73 -> 47.7;
        // offers (56.0 x 420 + 50.0 x 580) / 1,000 = 52.52 -> 52.5.
        Goal aware = national.goal("goal2.house");
        assertThat(aware.actual()).hasToString("47.7");
        assertThat(aware.counts().respondents()).isEqualTo(1000);
        assertThat(national.goal("goal2.offers").actual()).hasToString("52.5");
        assertThat(national.goal("goal2.offers").target()).isEqualByComparingTo("55");

        // Goal 3 pooled. Vækst: promoters 2 + 2, passives 2, detractors 1, of 7: (4 - 1) / 7 = 42.857 -> 42.9.
        // Drift: promoters 3, passives 1, detractors 1 + 1, of 6: (3 - 2) / 6 = 16.667 -> 16.7.
        Goal growth = national.goal("goal3.growth");
        assertThat(growth.actual()).hasToString("42.9");
        assertThat(growth.counts().respondents()).isEqualTo(7);
        Goal operations = national.goal("goal3.operations");
        assertThat(operations.actual()).hasToString("16.7");
        assertThat(operations.counts().respondents()).isEqualTo(6);

        // Goal 4 pooled: (1 + 2) / (2 + 2) = 75.0 -> met.
        assertThat(national.goal("goal4").actual()).isEqualByComparingTo("75.0");
        assertThat(national.goal("goal4").met()).isTrue();

        // Goal 5 pooled cohorts. Revenue: M 30, N 15, T 5: 50 / 3 = 16.667; - 10 = 6.67 -> not met.
        // Employment: 20, 25, 0: 15; - 5 = 10.00 -> met. Productivity: Q 20, R 0: 10; - 12 = -2.00.
        Goal revenue = national.goal("goal5.growth.revenue");
        assertThat(revenue.actual()).hasToString("6.67");
        assertThat(revenue.counts().companyMeanGrowth()).hasToString("16.67");
        assertThat(revenue.met()).isFalse();
        assertThat(national.goal("goal5.growth.employment").actual()).isEqualByComparingTo("10.00");
        assertThat(national.goal("goal5.growth.employment").met()).isTrue();
        assertThat(national.goal("goal5.operations.productivity").actual()).isEqualByComparingTo("-2.00");

        // Goal 6 pooled: (2 + 1) / (3 + 1) = 75.0 -> met.
        Goal sustainability = national.goal("goal6");
        assertThat(sustainability.actual()).isEqualByComparingTo("75.0");
        assertThat(sustainability.counts().excluded()).isEqualTo(9);
        assertThat(sustainability.met()).isTrue();
    }

    /** The numbers explained: every company looked at, counted or not, with the reason; read in pages. */
    private void assertExplanations() {
        List<ExplanationEntry> entrepreneurs = explanation(auditor, "FYN", YEAR, "goal1", 3);
        assertThat(entrepreneurs).extracting(ExplanationEntry::cvr).containsExactly(A, B, C, D, E, G, H, J, K, L);
        assertThat(entrepreneurs).filteredOn(ExplanationEntry::counted).extracting(ExplanationEntry::cvr)
                .containsExactly(B, C, G);
        assertThat(of(entrepreneurs, A).get(0).reason())
                .contains("3 years old at its first meeting on 2025-03-01").contains("not under 3 years");
        assertThat(of(entrepreneurs, B).get(0).reason())
                .contains("2 years, 11 months and 27 days old at its first meeting on 2025-03-01")
                .doesNotContain("not under");
        assertThat(of(entrepreneurs, D).get(0).reason()).contains("first meeting on 2025-05-10");
        assertThat(of(entrepreneurs, E).get(0).reason()).contains("withdrawn");
        assertThat(entrepreneurs).allSatisfy(entry -> assertThat(entry.eventPositions()).isNotEmpty());

        // The company guided by two houses is counted at each.
        assertThat(explanation(auditor, "HOVEDSTADEN", YEAR, "goal1", 50))
                .filteredOn(ExplanationEntry::counted).extracting(ExplanationEntry::cvr).containsExactly(G, U, W);

        List<ExplanationEntry> hub = explanation(auditor, "FYN", YEAR, "goal4", 50);
        assertThat(hub).extracting(ExplanationEntry::cvr).containsExactly(A, B, C, G);
        ExplanationEntry neverEvaluated = of(hub, G).get(0);
        assertThat(neverEvaluated.counted()).isFalse();
        assertThat(neverEvaluated.reason()).startsWith("referral never evaluated");

        List<ExplanationEntry> satisfaction = explanation(auditor, "FYN", YEAR, "goal3.growth", 2);
        assertThat(satisfaction).filteredOn(ExplanationEntry::counted)
                .extracting(ExplanationEntry::cvr, ExplanationEntry::category)
                .containsExactly(
                        tuple(A, "DETRACTOR"),
                        tuple(B, "PROMOTER"),
                        tuple(C, "PASSIVE"),
                        tuple(D, "PASSIVE"),
                        tuple(L, "PROMOTER"));
        assertThat(of(satisfaction, B)).filteredOn(entry -> !entry.counted()).singleElement()
                .satisfies(superseded -> assertThat(superseded.reason()).contains("superseded"));

        // The contract's whole history: proposed, two signatures, in force, amended with its reason.
        ResultContract contract = resultContract(auditor, "FYN", YEAR);
        assertThat(contract.history()).extracting(HistoryEntry::kind)
                .containsExactly("PROPOSED", "SIGNED", "SIGNED", "TOOK_EFFECT", "AMENDED");
        assertThat(contract.history().get(4).reason()).contains("awareness of the offers");
        assertThat(contract.goal("goal2.offers").target()).isEqualByComparingTo("57");
    }
}
