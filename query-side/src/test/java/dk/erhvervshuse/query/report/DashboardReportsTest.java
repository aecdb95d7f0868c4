package dk.erhvervshuse.query.report;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The yearly reports of §9 are the dashboards' numbers, line for line: a house's report its dashboard (national
 * goals of §8.1, then its contract's local goals, flagged as the house's to report), the national report the
 * roll-up and each house's line per goal, with the log position the numbers reflect.
 */
class DashboardReportsTest {

    static final int YEAR = 2025;
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void aYearAtTwoHouses() {
        fixture.story
                .contractInForce(House.FYN, YEAR, DashboardStories.terms(House.FYN, YEAR,
                        DashboardStories.localGoal("food", "Food companies guided", "companies", 12)))
                .opened("c-1", House.FYN, "13748136", "2024-02-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", House.FYN, "13748136", "m-1", "2025-02-03")
                .evaluated("c-1", House.FYN, "13748136", "e-1", 10, null, null, "2025-04-01")
                .opened("c-2", House.FYN, "24256790", "2010-05-01", Segment.OPERATIONS, "2025-03-01")
                .meeting("c-2", House.FYN, "24256790", "m-1", "2025-03-02")
                .evaluated("c-2", House.FYN, "24256790", "e-1", 6, null, null, "2025-05-01")
                .opened("c-3", House.HOVEDSTADEN, "30000013", "2024-06-01", Segment.GROWTH, "2025-04-01")
                .meeting("c-3", House.HOVEDSTADEN, "30000013", "m-1", "2025-04-02")
                .survey(House.FYN, YEAR, "52.5", "57.0", 1012, DeliveryStatus.FINAL, 1, "2025-11-03");
    }

    @Test
    void aHousesReportHasItsDashboardsNumbersLineForLine() {
        DashboardView dashboard = fixture.v1().dashboard(House.FYN, YEAR);

        ReportView report = fixture.reports.houseReport(House.FYN, YEAR, null);

        assertThat(report.reportId()).isEqualTo("report:FYN:2025");
        assertThat(report.buildId()).isEqualTo("v1");
        assertThat(report.definitionSet()).isEqualTo(dashboard.definitionSet());
        assertThat(report.contractStatus()).isEqualTo(dashboard.contractStatus());
        assertThat(report.logPosition()).isEqualTo(fixture.log.size());
        assertThat(report.lines()).hasSameSizeAs(dashboard.goals());
        for (int i = 0; i < dashboard.goals().size(); i++) {
            assertSameNumbers(report.lines().get(i), "FYN", dashboard.goals().get(i));
        }
    }

    @Test
    void aLocalGoalIsInTheHousesReportFlaggedAsTheHousesToReport() {
        ReportLine food = fixture.reports.houseReport(House.FYN, YEAR, null).line("FYN", "local.food");

        assertThat(food.national()).isFalse();
        assertThat(food.reportedByHouse()).isTrue();
        assertThat(food.actual()).isNull();
        assertThat(food.target()).isEqualByComparingTo("12");
        assertThat(fixture.reports.houseReport(House.FYN, YEAR, null).lines())
                .filteredOn(ReportLine::national).allSatisfy(line -> assertThat(line.reportedByHouse()).isFalse());
    }

    @Test
    void theNationalReportHasPerGoalTheRollUpAndThenEachHousesLine() {
        NationalDashboardView rollUp = fixture.v1().nationalDashboard(YEAR);

        ReportView report = fixture.reports.nationalReport(YEAR, null);

        assertThat(report.reportId()).isEqualTo("report:NATIONAL:2025");
        assertThat(report.house()).isNull();
        List<String> expectedOrder = new ArrayList<>();
        for (GoalResultView goal : rollUp.goals()) {
            expectedOrder.add("NATIONAL/" + goal.goalId());
            for (House house : House.values()) {
                expectedOrder.add(house.name() + "/" + goal.goalId());
            }
        }
        assertThat(report.lines()).extracting(line -> line.scope() + "/" + line.goalId())
                .containsExactlyElementsOf(expectedOrder);
        for (GoalResultView goal : rollUp.goals()) {
            assertSameNumbers(report.line("NATIONAL", goal.goalId()), "NATIONAL", goal);
            for (House house : House.values()) {
                assertSameNumbers(report.line(house.name(), goal.goalId()), house.name(),
                        fixture.v1().dashboard(house, YEAR).goal(goal.goalId()));
            }
        }
        assertThat(report.lines()).noneMatch(ReportLine::reportedByHouse);
    }

    @Test
    void aReportOfAnotherBuildIsThatBuildsNumbersUnderItsDefinitions() {
        ReportView report = fixture.reports.houseReport(House.FYN, YEAR, "v2-1");

        assertThat(report.buildId()).isEqualTo("v2-1");
        assertThat(report.definitionSet()).isEqualTo("v2");
        assertThat(report.line("FYN", "goal1").definitionId()).isEqualTo("goal1/v2");
    }

    @Test
    void aReportReadWhileTheBuildMovesOnIsReadAgainAndSaysThePositionItWasReadBetween() {
        fixture.deliver();
        long head = fixture.log.size();
        AtomicLong calls = new AtomicLong();
        // the build handles two more positions while the report is read the first time, then stays
        fixture.builds.get("v1").position = () -> calls.getAndIncrement() == 0 ? head - 2 : head;

        ReportView report = fixture.reports.houseReport(House.FYN, YEAR, null);

        assertThat(report.logPosition()).isEqualTo(head);
        assertThat(calls.get()).as("position read before, after the first read, after the second").isEqualTo(3);
    }

    @Test
    void aBuildThatNeverStandsStillWhileReadIsRefusedRatherThanGivenAPositionItDoesNotReflect() {
        AtomicLong position = new AtomicLong();
        fixture.builds.get("v1").position = position::incrementAndGet;

        assertThatThrownBy(() -> fixture.reports.houseReport(House.FYN, YEAR, null))
                .isInstanceOfSatisfying(BuildRejected.class, rejected -> {
                    assertThat(rejected.kind()).isEqualTo(BuildRejected.Kind.CONFLICT);
                    assertThat(rejected.rule()).isEqualTo("build.moving");
                });
    }

    @Test
    void thereIsNoReportForAYearOutsideTheAgreement() {
        assertThatThrownBy(() -> fixture.reports.houseReport(House.FYN, 2023, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("year: ");
        assertThatThrownBy(() -> fixture.reports.nationalReport(2028, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("year: ");
    }

    @Test
    void aBuildThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> fixture.reports.houseReport(House.FYN, YEAR, "v9-1"))
                .isInstanceOfSatisfying(BuildRejected.class,
                        rejected -> assertThat(rejected.kind()).isEqualTo(BuildRejected.Kind.NOT_FOUND));
    }

    static void assertSameNumbers(ReportLine line, String scope, GoalResultView goal) {
        assertThat(line.scope()).isEqualTo(scope);
        assertThat(line.goalId()).isEqualTo(goal.goalId());
        assertThat(line.goalNumber()).isEqualTo(goal.goalNumber());
        assertThat(line.national()).isEqualTo(goal.national());
        assertThat(line.title()).isEqualTo(goal.title());
        assertThat(line.definitionId()).isEqualTo(goal.definitionId());
        assertThat(line.unit()).isEqualTo(goal.unit());
        assertThat(line.actual()).isEqualTo(goal.actual());
        assertThat(line.target()).isEqualTo(goal.target());
        assertThat(line.comparison()).isEqualTo(goal.comparison());
        assertThat(line.targetSource()).isEqualTo(goal.targetSource());
        assertThat(line.met()).isEqualTo(goal.met());
        assertThat(line.note()).isEqualTo(goal.note());
        assertThat(line.counts()).isEqualTo(goal.counts());
        assertThat(line.delivery()).isEqualTo(goal.delivery());
    }
}
