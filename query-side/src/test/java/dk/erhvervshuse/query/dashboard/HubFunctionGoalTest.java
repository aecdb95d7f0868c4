package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;

/** Goal 4 (knudepunktsfunktion, §8.1), definition goal4/v1. */
class HubFunctionGoalTest {

    private static final String GOAL = "goal4";
    private static final House HOUSE = House.NORDJYLLAND;
    private final DashboardFixture fixture = new DashboardFixture();

    private void opened(int i) {
        fixture.story.opened("c-" + i, HOUSE, cvr(i), "2015-01-01", Segment.GROWTH, "2025-01-10");
    }

    @Test
    void aReferralNeverEvaluatedIsLeftOutOfTheDenominatorWithThatReason() {
        opened(1);
        fixture.story.referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.EIFO, "2025-03-15")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-05-01");
        opened(2);
        fixture.story.referred("c-2", HOUSE, cvr(2), "r-2", ReferralPartner.PRIVATE_ADVISER, "2025-04-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        assertThat(goal.counts().numerator()).isEqualTo(1);
        assertThat(goal.counts().denominator()).isEqualTo(1);
        assertThat(goal.counts().excluded()).isEqualTo(1);
        assertThat(goal.actual()).isEqualByComparingTo("100");
        ExplainEntry neverEvaluated = fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(2));
        assertThat(neverEvaluated.counted()).isFalse();
        assertThat(neverEvaluated.reason()).startsWith("referral never evaluated: referred to PRIVATE_ADVISER on "
                + "2025-04-01, but no user evaluation received from 2025-04-01 to the end of 2025");
    }

    @Test
    void theShareIsOfReferredCompaniesThatSayTheyUsedAReferral() {
        opened(1);
        fixture.story.referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.EIFO, "2025-03-15")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-05-01");
        opened(2);
        fixture.story.referred("c-2", HOUSE, cvr(2), "r-2", ReferralPartner.INNOVATION_FUND, "2025-03-15")
                .evaluated("c-2", HOUSE, cvr(2), "e-2", 7, false, null, "2025-05-01");
        opened(3);
        fixture.story.referred("c-3", HOUSE, cvr(3), "r-3", ReferralPartner.BANK_OR_BUSINESS_ANGEL, "2025-03-15")
                .evaluated("c-3", HOUSE, cvr(3), "e-3", 8, false, null, "2025-05-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        // 1 of 3 used a referral: 33.3 %, below the 50 % of §8.1
        assertThat(goal.actual()).isEqualByComparingTo("33.3");
        assertThat(goal.met()).isFalse();
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(2)).reason())
                .endsWith("evaluation e-2 on 2025-05-01: used none of the referrals");
    }

    @Test
    void referralsToOtherPublicActorsDoNotCountAndAreListedAsExcluded() {
        opened(1);
        fixture.story.referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.MUNICIPALITY, "2025-03-15")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-05-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        assertThat(goal.actual()).isNull();
        assertThat(goal.met()).isNull();
        assertThat(goal.counts().denominator()).isZero();
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(1)).reason()).isEqualTo("referred in 2025 only "
                + "outside external advice and highly specialised state promotion: MUNICIPALITY on 2025-03-15 "
                + "(OTHER_PUBLIC)");
    }

    @Test
    void theCategoryRegisteredWithTheReferralDecidesNotThePartnersUsualOne() {
        opened(1);
        fixture.story.referredAs("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.MUNICIPALITY,
                        PartnerCategory.PRIVATE_ADVICE, "2025-03-15")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-05-01");

        assertThat(fixture.goal(HOUSE, 2025, GOAL).actual()).isEqualByComparingTo("100");
    }

    @Test
    void anEvaluationReceivedBeforeTheReferralCannotSpeakOfIt() {
        opened(1);
        fixture.story.evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-02-01")
                .referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.EIFO, "2025-03-15");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        assertThat(goal.counts().denominator()).isZero();
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(1)).reason()).startsWith("referral never evaluated");
    }

    @Test
    void aCompanyIsCountedOnceHoweverManyReferralsItHad() {
        opened(1);
        fixture.story.referred("c-1", HOUSE, cvr(1), "r-1", ReferralPartner.EIFO, "2025-03-15")
                .referred("c-1", HOUSE, cvr(1), "r-2", ReferralPartner.GTS_INSTITUTE, "2025-04-15")
                .evaluated("c-1", HOUSE, cvr(1), "e-1", 9, true, null, "2025-05-01");

        GoalResultView goal = fixture.goal(HOUSE, 2025, GOAL);

        assertThat(goal.counts().denominator()).isEqualTo(1);
        assertThat(fixture.explainedCompany(HOUSE, 2025, GOAL, cvr(1)).eventPositions()).containsExactly(2L, 3L, 4L);
    }
}
