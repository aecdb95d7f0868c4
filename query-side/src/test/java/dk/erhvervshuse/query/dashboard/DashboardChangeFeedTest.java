package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.processing.ProcessingProperties;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two instances on one database, only one writes the dashboards; a listener on the other hears each change
 * all the same, once, through the change feed, and a listener on the writing instance hears it once too.
 */
class DashboardChangeFeedTest {

    private final MongoDatabase database = TestMongo.freshDatabase();
    private final DashboardChangeHub writingHub = new DashboardChangeHub();
    private final DashboardChangeHub otherHub = new DashboardChangeHub();
    private final DashboardChangeFeed writingFeed = feed(writingHub, "a");
    private final DashboardChangeFeed otherFeed = feed(otherHub, "b");
    private final DashboardProjection projection = new DashboardProjection(database, writingHub);
    private final EventLog log = new EventLog();
    private final DashboardStories story = new DashboardStories(log);
    private final List<DashboardView> heardWhereWritten = new ArrayList<>();
    private final List<DashboardView> heardElsewhere = new ArrayList<>();
    private int delivered;

    private DashboardChangeFeed feed(DashboardChangeHub hub, String instanceId) {
        return new DashboardChangeFeed(database, hub, new ProcessingProperties(null, null, null, null, null, instanceId));
    }

    private void guided(String caseId, String cvr) {
        story.opened(caseId, House.FYN, cvr, "2024-01-01", Segment.GROWTH, "2025-02-01")
                .meeting(caseId, House.FYN, cvr, "m-1", "2025-02-03");
        Deliver.inOneBatch(projection, log.between(delivered + 1, log.size()));
        delivered = log.size();
    }

    private void bothLook() {
        writingFeed.poll();
        otherFeed.poll();
    }

    @Test
    void aListenerOnAnotherInstanceHearsEachChangedDashboardOnceAndSoDoesOneWhereItWasWritten() throws Exception {
        try (AutoCloseable here = writingHub.subscribe(House.FYN, heardWhereWritten::add);
             AutoCloseable there = otherHub.subscribe(House.FYN, heardElsewhere::add)) {
            bothLook();

            guided("c-1", "13748136");
            bothLook();
            guided("c-2", "24256790");
            bothLook();
            bothLook();
        }

        assertThat(heardElsewhere).extracting(view -> view.goal("goal1").actual().intValue()).containsExactly(1, 2);
        assertThat(heardWhereWritten).isEqualTo(heardElsewhere);
        assertThat(heardElsewhere.get(1)).isEqualTo(new MongoDashboardQueries(database).dashboard(House.FYN, 2025));
    }

    @Test
    void changesFromBeforeAnInstanceFirstLookedAreNotReplayed() throws Exception {
        guided("c-1", "13748136");
        try (AutoCloseable there = otherHub.subscribe(House.FYN, heardElsewhere::add)) {
            otherFeed.poll();
            guided("c-2", "24256790");
            otherFeed.poll();
        }

        assertThat(heardElsewhere).singleElement()
                .satisfies(view -> assertThat(view.goal("goal1").actual()).isEqualByComparingTo("2"));
    }

    @Test
    void onlyTheLatestChangesAreKept() throws Exception {
        try (AutoCloseable there = otherHub.subscribe(House.FYN, heardElsewhere::add)) {
            otherFeed.poll();
            for (int batch = 0; batch < DashboardChangeFeed.KEPT + 5; batch++) {
                guided("c-" + batch, DashboardStories.cvr(batch));
            }
            otherFeed.poll();
        }

        assertThat(database.getCollection(DashboardChangeFeed.COLLECTION).find().first()
                .getList("entries", org.bson.Document.class)).hasSize(DashboardChangeFeed.KEPT);
        assertThat(heardElsewhere).singleElement().satisfies(view -> assertThat(view.goal("goal1").actual())
                .isEqualByComparingTo(String.valueOf(DashboardChangeFeed.KEPT + 5)));
    }
}
