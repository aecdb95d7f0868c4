package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.StoredDocuments;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.ExplainPage;
import dk.erhvervshuse.query.api.GoalResultView;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fresh database with the v1 dashboard projection and its queries, and a log to write stories into. */
final class DashboardFixture {

    final MongoDatabase database = TestMongo.freshDatabase();
    final DashboardChangeHub changes = new DashboardChangeHub();
    final DashboardProjection projection = new DashboardProjection(database, changes);
    final MongoDashboardQueries queries = new MongoDashboardQueries(database);
    final EventLog log = new EventLog();
    final DashboardStories story = new DashboardStories(log);
    private int delivered;

    /** Hands the events appended since the last delivery to the projection, in one batch. */
    DashboardFixture deliver() {
        if (delivered < log.size()) {
            Deliver.inOneBatch(projection, log.between(delivered + 1, log.size()));
            delivered = log.size();
        }
        return this;
    }

    DashboardView dashboard(House house, int year) {
        deliver();
        return queries.dashboard(house, year);
    }

    GoalResultView goal(House house, int year, String goalId) {
        return dashboard(house, year).goal(goalId);
    }

    /** The whole explanation, read page by page. */
    List<ExplainEntry> explain(House house, int year, String goalId) {
        deliver();
        List<ExplainEntry> entries = new ArrayList<>();
        String after = null;
        ExplainPage page;
        do {
            page = queries.explainGoal(house, year, goalId, after, 50);
            entries.addAll(page.entries());
            after = page.endCursor();
        } while (page.hasNextPage());
        return entries;
    }

    ExplainEntry explainedCompany(House house, int year, String goalId, String cvr) {
        return explain(house, year, goalId).stream().filter(entry -> cvr.equals(entry.cvr())).findFirst()
                .orElseThrow(() -> new AssertionError(cvr + " is not in the explanation of " + goalId));
    }

    Map<String, List<Document>> documents() {
        return StoredDocuments.contentsOf(database, DashboardNamespace.V1.collections().toArray(String[]::new));
    }
}
