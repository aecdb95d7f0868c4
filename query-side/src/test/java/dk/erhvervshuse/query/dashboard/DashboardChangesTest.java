package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.api.DashboardView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A live view hears of its house's dashboard after each batch that changed it, in this process. */
class DashboardChangesTest {

    private final DashboardFixture fixture = new DashboardFixture();
    private final List<DashboardView> heardAtFyn = new ArrayList<>();
    private final List<DashboardView> heardAtSjaelland = new ArrayList<>();

    private void guided(String caseId, House house, String cvr) {
        fixture.story.opened(caseId, house, cvr, "2024-01-01", Segment.GROWTH, "2025-02-01")
                .meeting(caseId, house, cvr, "m-1", "2025-02-03");
    }

    @Test
    void eachListenerHearsItsOwnHousesNewDashboardOncePerBatch() throws Exception {
        try (AutoCloseable fyn = fixture.changes.subscribe(House.FYN, heardAtFyn::add);
             AutoCloseable sjaelland = fixture.changes.subscribe(House.SJAELLAND, heardAtSjaelland::add)) {
            guided("c-1", House.FYN, "13748136");
            guided("c-2", House.FYN, "24256790");
            guided("c-3", House.SJAELLAND, "31000003");
            fixture.deliver();
        }

        assertThat(heardAtFyn).singleElement().satisfies(view -> {
            assertThat(view.house()).isEqualTo("FYN");
            assertThat(view.goal("goal1").actual()).isEqualByComparingTo("2");
        });
        assertThat(heardAtSjaelland).singleElement()
                .satisfies(view -> assertThat(view.goal("goal1").actual()).isEqualByComparingTo("1"));
        assertThat(heardAtFyn.get(0)).isEqualTo(fixture.queries.dashboard(House.FYN, 2025));
    }

    @Test
    void aRedeliveredBatchChangesNothingAndIsNotAnnounced() throws Exception {
        guided("c-1", House.FYN, "13748136");
        fixture.deliver();

        try (AutoCloseable fyn = fixture.changes.subscribe(House.FYN, heardAtFyn::add)) {
            Deliver.inOneBatch(fixture.projection, fixture.log.all());
        }

        assertThat(heardAtFyn).isEmpty();
    }

    @Test
    void aClosedSubscriptionHearsNoMore() throws Exception {
        AutoCloseable fyn = fixture.changes.subscribe(House.FYN, heardAtFyn::add);
        guided("c-1", House.FYN, "13748136");
        fixture.deliver();
        fyn.close();

        guided("c-2", House.FYN, "24256790");
        fixture.deliver();

        assertThat(heardAtFyn).hasSize(1);
    }

    @Test
    void aFailingListenerNeitherFailsTheBatchNorSilencesTheOthers() throws Exception {
        try (AutoCloseable failing = fixture.changes.subscribe(House.FYN, view -> {
            throw new IllegalStateException("a listener with a bug");
        }); AutoCloseable fyn = fixture.changes.subscribe(House.FYN, heardAtFyn::add)) {
            guided("c-1", House.FYN, "13748136");
            fixture.deliver();
        }

        assertThat(heardAtFyn).hasSize(1);
        assertThat(fixture.queries.dashboard(House.FYN, 2025).goal("goal1").actual()).isEqualByComparingTo("1");
    }
}
