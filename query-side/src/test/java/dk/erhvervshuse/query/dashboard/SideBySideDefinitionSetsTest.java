package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.targets.EntrepreneursByAgeAtYearEnd;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A changed definition is computed from the unchanged log side by side with the old one: a definition set v2
 * whose goal 1 tells the age at year end, built by a second projection into its own collections.
 */
class SideBySideDefinitionSetsTest {

    /** v1 with only goal 1 replaced, so that every other goal must come out the same. */
    private static final DefinitionSet V2 = DefinitionSets.V1.with("v2", new EntrepreneursByAgeAtYearEnd());

    private final DashboardFixture fixture = new DashboardFixture();
    private final DashboardProjection v2 = new DashboardProjection(fixture.database, V2, DashboardNamespace.of(V2),
            null);
    private final MongoDashboardQueries v2Queries = new MongoDashboardQueries(fixture.database, V2,
            DashboardNamespace.of(V2));

    @Test
    void aSecondDefinitionSetIsBuiltFromTheSameLogIntoItsOwnCollections() {
        fixture.story.opened("c-1", House.FYN, "13748136", "2022-06-01", Segment.GROWTH, "2025-03-01")
                .meeting("c-1", House.FYN, "13748136", "m-1", "2025-03-01")
                .evaluated("c-1", House.FYN, "13748136", "e-1", 10, null, null, "2025-04-01");
        fixture.deliver();
        Deliver.inOneBatch(v2, fixture.log.all());

        DashboardView underV1 = fixture.queries.dashboard(House.FYN, 2025);
        DashboardView underV2 = v2Queries.dashboard(House.FYN, 2025);

        // 2 years 9 months at the first meeting, but 3 years, 6 months and 30 days at the end of 2025
        assertThat(underV1.goal("goal1").actual()).isEqualByComparingTo("1");
        assertThat(underV2.goal("goal1").actual()).isEqualByComparingTo("0");
        assertThat(underV2.goal("goal1").definitionId()).isEqualTo("goal1/v2");
        assertThat(v2Queries.explainGoal(House.FYN, 2025, "goal1", null, 10).entries().get(0).reason())
                .isEqualTo("company 3 years, 6 months and 30 days old at the end of 2025 (founded 2022-06-01): not under 3 years");
        assertThat(underV2.definitionSet()).isEqualTo("v2");
        assertThat(underV2.goal("goal3.growth")).isEqualTo(underV1.goal("goal3.growth"));
        assertThat(fixture.database.getCollection("dashboard_v2_view").countDocuments())
                .isEqualTo(fixture.database.getCollection("dashboard_v1_view").countDocuments());
    }

    @Test
    void resettingOneDefinitionSetLeavesTheOtherStanding() {
        fixture.story.opened("c-1", House.FYN, "13748136", "2022-06-01", Segment.GROWTH, "2025-03-01")
                .meeting("c-1", House.FYN, "13748136", "m-1", "2025-03-01");
        fixture.deliver();
        Deliver.inOneBatch(v2, fixture.log.all());

        Deliver.reset(v2);

        assertThat(v2Queries.dashboard(House.FYN, 2025).goal("goal1").actual()).isEqualByComparingTo("0");
        assertThat(fixture.queries.dashboard(House.FYN, 2025).goal("goal1").actual()).isEqualByComparingTo("1");
        assertThat(DashboardProjection.processingGroupOf(V2)).isEqualTo("dashboards-v2");
    }

    @Test
    void aDefinitionSetNeedsOneDefinitionOfEveryNationalGoal() {
        assertThatThrownBy(() -> DefinitionSet.of("v3", List.of(new EntrepreneursByAgeAtYearEnd())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no definition of goal2.house");
        assertThatThrownBy(() -> new DashboardProjection(fixture.database, V2, DashboardNamespace.V1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
