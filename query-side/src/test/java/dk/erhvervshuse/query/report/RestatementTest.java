package dk.erhvervshuse.query.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.api.ReportRestatementView;
import dk.erhvervshuse.query.api.ReportRestatementView.Change;
import dk.erhvervshuse.query.api.ReportRestatementView.GoalRestatement;
import dk.erhvervshuse.query.api.ReportRestatementView.Status;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.targets.GoalDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sealed report (§9) held against the same report computed now shows supervision (§10.2) what changed since it
 * was sealed, goal by goal: registrations recorded late or corrected, an amended contract, a new definition; and
 * nothing where nothing changed.
 */
class RestatementTest {

    static final int YEAR = 2025;
    static final String YOUNG = "13748136";
    static final String OTHER_YOUNG = "24256790";
    private final ReportFixture fixture = new ReportFixture();

    @BeforeEach
    void fynsYear() {
        fixture.story
                .contractInForce(House.FYN, YEAR, DashboardStories.terms(House.FYN, YEAR))
                .opened("c-1", House.FYN, YOUNG, "2024-02-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", House.FYN, YOUNG, "m-1", "2025-02-03")
                .opened("c-2", House.FYN, OTHER_YOUNG, "2024-05-01", Segment.OPERATIONS, "2025-03-01")
                .meeting("c-2", House.FYN, OTHER_YOUNG, "m-1", "2025-03-02")
                .evaluated("c-2", House.FYN, OTHER_YOUNG, "e-1", 9, null, null, "2025-05-01");
    }

    @Test
    void aReportUnchangedSinceItsSealShowsNoChange() {
        String sealId = fixture.seal(fixture.reports.houseReport(House.FYN, YEAR, null), "analyst").sealId();

        ReportRestatementView restatement = fixture.reports.restatement(sealId, null).orElseThrow();

        assertThat(restatement.changedGoals()).isEmpty();
        assertThat(restatement.goals()).allSatisfy(goal -> {
            assertThat(goal.status()).isEqualTo(Status.UNCHANGED);
            assertThat(goal.changes()).isEmpty();
        });
        assertThat(restatement.now().logPosition()).as("the seal itself was handled since")
                .isGreaterThan(restatement.sealed().logPosition());
    }

    @Test
    void aMeetingWithdrawnAfterTheSealChangesExactlyTheEntrepreneurGoal() {
        ReportView atSeal = fixture.reports.houseReport(House.FYN, YEAR, null);
        String sealId = fixture.seal(atSeal, "analyst").sealId();
        fixture.story.meetingWithdrawn("c-1", House.FYN, YOUNG, "m-1", "registered on the wrong company");

        ReportRestatementView restatement = fixture.reports.restatement(sealId, null).orElseThrow();

        // c-1 had one meeting and no evaluation: only the count of entrepreneurs rests on it
        assertThat(restatement.changedGoals()).extracting(GoalRestatement::goalId).containsExactly("goal1");
        GoalRestatement goal1 = restatement.changedGoals().get(0);
        assertThat(goal1.status()).isEqualTo(Status.CHANGED);
        assertThat(goal1.changes()).contains(Change.COUNTS, Change.VALUE).doesNotContain(Change.DEFINITION,
                Change.TERMS);
        BigDecimal sealedEntrepreneurs = atSeal.line("FYN", "goal1").actual();
        assertThat(goal1.sealed().actual()).isEqualByComparingTo(sealedEntrepreneurs);
        assertThat(goal1.now().actual()).isEqualByComparingTo(sealedEntrepreneurs.subtract(BigDecimal.ONE));
    }

    @Test
    void aTargetAmendedAfterTheSealShowsAsChangedTerms() {
        ReportView atSeal = fixture.reports.houseReport(House.FYN, YEAR, null);
        String sealId = fixture.seal(atSeal, "analyst").sealId();
        int raised = atSeal.line("FYN", "goal1").target().intValue() + 10;
        fixture.story.contractAmended(House.FYN, YEAR, DashboardStories.terms(House.FYN, YEAR,
                DashboardStories.target("goal1", "Guided companies under 3 years old",
                        dk.erhvervshuse.events.contract.Comparison.AT_LEAST, raised)), "more funding", "2025-06-01");

        ReportRestatementView restatement = fixture.reports.restatement(sealId, null).orElseThrow();

        assertThat(restatement.changedGoals()).extracting(GoalRestatement::goalId).containsExactly("goal1");
        assertThat(restatement.changedGoals().get(0).changes()).containsExactly(Change.TERMS);
        assertThat(restatement.changedGoals().get(0).now().target()).isEqualByComparingTo(BigDecimal.valueOf(raised));
    }

    @Test
    void aLocalGoalAddedByAmendmentShowsAsAddedAndOneDroppedAsRemoved() {
        fixture.story.contractAmended(House.FYN, YEAR, DashboardStories.terms(House.FYN, YEAR,
                DashboardStories.localGoal("food", "Food companies guided", "companies", 12)), "food", "2025-04-01");
        String sealId = fixture.seal(fixture.reports.houseReport(House.FYN, YEAR, null), "analyst").sealId();
        fixture.story.contractAmended(House.FYN, YEAR, DashboardStories.terms(House.FYN, YEAR,
                DashboardStories.localGoal("export", "Companies starting export", "companies", 5)), "export",
                "2025-06-01");

        ReportRestatementView restatement = fixture.reports.restatement(sealId, null).orElseThrow();

        assertThat(restatement.changedGoals()).extracting(GoalRestatement::goalId, GoalRestatement::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("local.food", Status.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("local.export", Status.ADDED));
    }

    @Test
    void aNewDefinitionSetRestatesExactlyTheGoalsItDefinesAnew() {
        ReportView atSeal = fixture.reports.houseReport(House.FYN, YEAR, null);
        String sealId = fixture.seal(atSeal, "analyst").sealId();
        Set<String> v1 = DefinitionSets.V1.definitions().stream().map(GoalDefinition::id).collect(Collectors.toSet());
        List<String> redefined = DefinitionSets.V2.definitions().stream().filter(d -> !v1.contains(d.id()))
                .map(definition -> definition.goal().id()).toList();

        ReportRestatementView restatement = fixture.reports.restatement(sealId, "v2-1").orElseThrow();

        assertThat(restatement.now().definitionSet()).isEqualTo("v2");
        assertThat(restatement.changedGoals()).extracting(GoalRestatement::goalId)
                .containsExactlyInAnyOrderElementsOf(redefined);
        assertThat(restatement.changedGoals()).allSatisfy(goal -> assertThat(goal.changes()).contains(Change.DEFINITION));
    }

    @Test
    void thereIsNoRestatementOfASealNeverGiven() {
        assertThat(fixture.reports.restatement("report:FYN:2025:7", null)).isEmpty();
    }
}
