package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.GoalResultView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Goal 2 (kendskab, §8.1, §9), definitions goal2.house/v1 and goal2.offers/v1: the latest delivered survey. */
class AwarenessGoalTest {

    private static final House HOUSE = House.HOVEDSTADEN;
    private final DashboardFixture fixture = new DashboardFixture();

    @Test
    void aPreliminarySurveyIsShownAsPreliminary() {
        fixture.story.survey(HOUSE, 2025, "48.0", "57.5", 1100, DeliveryStatus.PRELIMINARY, 1, "2026-01-15");

        GoalResultView house = fixture.goal(HOUSE, 2025, "goal2.house");

        assertThat(house.actual()).isEqualByComparingTo("48.0");
        assertThat(house.met()).isFalse();
        assertThat(house.counts().respondents()).isEqualTo(1100);
        assertThat(house.delivery()).isEqualTo(new GoalResultView.Delivery("awareness survey HOVEDSTADEN 2025", 1,
                "PRELIMINARY", LocalDate.parse("2026-01-15"), true, false));
    }

    @Test
    void aRestatedFinalSurveyReplacesThePreliminaryOneAndSaysItRestates() {
        fixture.story.survey(HOUSE, 2025, "48.0", "57.5", 1100, DeliveryStatus.PRELIMINARY, 1, "2026-01-15")
                .survey(HOUSE, 2025, "51.2", "54.0", 1180, DeliveryStatus.FINAL, 2, "2026-03-01");

        GoalResultView house = fixture.goal(HOUSE, 2025, "goal2.house");
        GoalResultView offers = fixture.goal(HOUSE, 2025, "goal2.offers");

        assertThat(house.actual()).isEqualByComparingTo("51.2");
        assertThat(house.met()).isTrue();
        assertThat(offers.actual()).isEqualByComparingTo("54.0");
        assertThat(offers.target()).isEqualByComparingTo("55");
        assertThat(offers.met()).isFalse();
        assertThat(house.delivery().revision()).isEqualTo(2);
        assertThat(house.delivery().status()).isEqualTo("FINAL");
        assertThat(house.delivery().restated()).isTrue();
        assertThat(house.delivery().preliminary()).isFalse();
        List<ExplainEntry> explained = fixture.explain(HOUSE, 2025, "goal2.house");
        assertThat(explained).extracting(ExplainEntry::counted).containsExactly(false, true);
        assertThat(explained.get(0).reason()).isEqualTo("revision 1 (PRELIMINARY) delivered on 2026-01-15: superseded "
                + "by revision 2 delivered on 2026-03-01");
        assertThat(explained.get(1).reason()).isEqualTo("revision 2 (FINAL) delivered on 2026-03-01: 51.2 % of 1,180 "
                + "respondents know the house; restates earlier figures");
    }

    @Test
    void withoutASurveyTheGoalIsNotMeasurable() {
        GoalResultView house = fixture.goal(HOUSE, 2025, "goal2.house");

        assertThat(house.actual()).isNull();
        assertThat(house.met()).isNull();
        assertThat(house.note()).isEqualTo("not measurable: no awareness survey delivered for HOVEDSTADEN 2025");
    }

    @Test
    void theOffersTargetRisesFromFiftyFiveToSixtyFivePercentOverTheAgreement() {
        assertThat(fixture.goal(HOUSE, 2025, "goal2.offers").target()).isEqualByComparingTo("55");
        assertThat(fixture.goal(HOUSE, 2027, "goal2.offers").target()).isEqualByComparingTo("65");
        assertThat(fixture.goal(HOUSE, 2023, "goal2.offers").target()).isNull();
        assertThat(fixture.goal(HOUSE, 2023, "goal2.offers").targetSource()).isEqualTo("NONE");
    }

    @Test
    void nationallyTheHousesSurveysAreWeightedByTheirRespondents() {
        fixture.story.survey(HOUSE, 2025, "60", "60", 300, DeliveryStatus.FINAL, 1, "2026-03-01")
                .survey(House.FYN, 2025, "40", "50", 100, DeliveryStatus.PRELIMINARY, 1, "2026-03-01");
        fixture.deliver();

        GoalResultView national = fixture.queries.nationalDashboard(2025).goal("goal2.house");

        // (60 × 300 + 40 × 100) / 400 = 55
        assertThat(national.actual()).isEqualByComparingTo("55.0");
        assertThat(national.counts().respondents()).isEqualTo(400);
        assertThat(national.counts().onPreliminaryDeliveries()).isEqualTo(1);
    }
}
