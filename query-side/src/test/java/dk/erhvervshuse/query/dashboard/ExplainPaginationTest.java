package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.ExplainPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An explanation is read by cursor: page after page, every company once, in order, none left out. */
class ExplainPaginationTest {

    private static final int COMPANIES = 450;
    private final DashboardFixture fixture = new DashboardFixture();
    private final Set<String> guided = new TreeSet<>();

    @BeforeEach
    void aYearOfManyCompaniesAtOneHouse() {
        for (int i = 0; i < COMPANIES; i++) {
            String caseId = "c-" + i;
            // every third company is older than 3 years
            String founded = i % 3 == 0 ? "2019-01-01" : "2024-01-01";
            fixture.story.opened(caseId, House.FYN, cvr(i), founded, Segment.GROWTH, "2025-01-10")
                    .meeting(caseId, House.FYN, cvr(i), "m-1", "2025-02-01");
            guided.add(cvr(i));
        }
        Deliver.inBatchesOf(200, fixture.projection, fixture.log.all());
    }

    private List<ExplainEntry> readAll(int pageSize) {
        List<ExplainEntry> entries = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            ExplainPage page = fixture.queries.explainGoal(House.FYN, 2025, "goal1", after, pageSize);
            assertThat(page.totalCount()).isEqualTo(COMPANIES);
            assertThat(page.entries().size()).isLessThanOrEqualTo(pageSize);
            entries.addAll(page.entries());
            pages++;
            if (!page.hasNextPage()) {
                break;
            }
            assertThat(page.entries()).hasSize(pageSize);
            after = page.endCursor();
        }
        assertThat(pages).isEqualTo((COMPANIES + pageSize - 1) / pageSize);
        return entries;
    }

    @ParameterizedTest(name = "pages of {0}")
    @ValueSource(ints = {1, 7, 50, 449, 450, 500})
    void everyCompanyAppearsOnceInCvrOrderWithoutGaps(int pageSize) {
        List<ExplainEntry> entries = readAll(pageSize);

        List<String> cvrs = entries.stream().map(ExplainEntry::cvr).toList();
        assertThat(new LinkedHashSet<>(cvrs)).hasSize(COMPANIES);
        assertThat(cvrs).containsExactlyElementsOf(guided);
        assertThat(entries.stream().filter(ExplainEntry::counted).count()).isEqualTo(300);
    }

    @Test
    void theLastPageSaysThereIsNoNextAndAPageAfterItIsEmpty() {
        ExplainPage all = fixture.queries.explainGoal(House.FYN, 2025, "goal1", null, DashboardQueries.MAX_PAGE_SIZE);
        assertThat(all.hasNextPage()).isFalse();

        ExplainPage after = fixture.queries.explainGoal(House.FYN, 2025, "goal1", all.endCursor(), 10);

        assertThat(after.entries()).isEmpty();
        assertThat(after.hasNextPage()).isFalse();
        assertThat(after.endCursor()).isNull();
    }

    @Test
    void aGoalIsNamedByItsIdOrByItsDefinitionsId() {
        ExplainPage byGoal = fixture.queries.explainGoal(House.FYN, 2025, "goal1", null, 5);
        ExplainPage byDefinition = fixture.queries.explainGoal(House.FYN, 2025, "goal1/v1", null, 5);

        assertThat(byDefinition.entries()).isEqualTo(byGoal.entries());
        assertThat(byDefinition.definitionId()).isEqualTo("goal1/v1");
    }

    @Test
    void aHouseYearWithoutEntriesHasAnEmptyExplanation() {
        ExplainPage page = fixture.queries.explainGoal(House.SJAELLAND, 2025, "goal1", null, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.totalCount()).isZero();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void aWrongCursorPageSizeOrGoalIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> fixture.queries.explainGoal(House.FYN, 2025, "goal1", "not-a-cursor", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("after:");
        assertThatThrownBy(() -> fixture.queries.explainGoal(House.FYN, 2025, "goal1", null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("first:");
        assertThatThrownBy(() -> fixture.queries.explainGoal(House.FYN, 2025, "goal1", null, 501))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("first:");
        assertThatThrownBy(() -> fixture.queries.explainGoal(House.FYN, 2025, "goal7", null, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("goalId:");
    }
}
