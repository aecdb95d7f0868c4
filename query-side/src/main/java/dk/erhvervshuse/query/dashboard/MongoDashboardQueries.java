package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.api.ExplainPage;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.api.ResultContractView;
import dk.erhvervshuse.query.targets.Contribution;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import dk.erhvervshuse.query.targets.GoalDefinition;
import dk.erhvervshuse.query.targets.Tally;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers {@link DashboardQueries} from the documents a {@link DashboardProjection} keeps: a dashboard, the
 * national roll-up and a contract are one {@code _id} look-up each; an explanation page two (the goal's parts
 * and their sizes, then the parts the page shows, by {@code _id $in}). A house-year never recorded reads as
 * the agreement's default targets with nothing measured, computed without a further look-up.
 */
public class MongoDashboardQueries implements DashboardQueries {

    private final DefinitionSet definitions;
    private final DashboardNamespace namespace;
    private final MongoCollection<Document> dashboards;
    private final MongoCollection<Document> contracts;
    private final MongoCollection<Document> tallies;
    private final MongoCollection<Document> explanations;

    /** The dashboards of definition set {@code v1}. */
    public MongoDashboardQueries(MongoDatabase database) {
        this(database, DefinitionSets.V1, DashboardNamespace.V1);
    }

    public MongoDashboardQueries(MongoDatabase database, DefinitionSet definitions, DashboardNamespace namespace) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.dashboards = database.getCollection(namespace.dashboards());
        this.contracts = database.getCollection(namespace.contracts());
        this.tallies = database.getCollection(namespace.tallies());
        this.explanations = database.getCollection(namespace.explanations());
    }

    @Override
    public DashboardView dashboard(House house, int year) {
        Objects.requireNonNull(house, "house");
        Document found = dashboards.find(Filters.eq("_id", namespace.dashboardId(house.name(), year))).first();
        if (found == null) {
            found = DashboardDocument.house(namespace, definitions, house, year, new DashboardDocument.Sources(
                    new TallyDocument(null), null, List.of(), List.of()));
        }
        return DashboardDocument.toView(found);
    }

    @Override
    public NationalDashboardView nationalDashboard(int year) {
        Document found = dashboards.find(Filters.eq("_id", namespace.dashboardId(DashboardNamespace.NATIONAL, year)))
                .first();
        if (found == null) {
            found = DashboardDocument.national(namespace, definitions, year, List.of(), new TallyDocument(null),
                    List.of());
        }
        return DashboardDocument.toNationalView(found);
    }

    @Override
    public Optional<ResultContractView> resultContract(House house, int year) {
        Objects.requireNonNull(house, "house");
        return Optional.ofNullable(contracts.find(Filters.eq("_id", ContractDocument.idOf(house, year))).first())
                .map(ContractDocument::new)
                .filter(ContractDocument::exists)
                .map(ContractDocument::toView);
    }

    @Override
    public ExplainPage explainGoal(House house, int year, String goalId, String after, int first) {
        Objects.requireNonNull(house, "house");
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("first: page size must be between 1 and " + MAX_PAGE_SIZE + ", was "
                    + first);
        }
        String afterKey = ExplainCursor.keyOf(after);
        if (goalId != null && goalId.startsWith("local.")) {
            return new ExplainPage(definitions.id(), house.name(), year, goalId, null, List.of(), null, false, 0,
                    DashboardDocument.REPORTED_BY_THE_HOUSE + ": the system holds no definition of a local goal");
        }
        GoalDefinition definition = definitionOf(goalId);
        String nationalGoalId = definition.goal().id();
        Document tallyDocument = tallies.find(Filters.eq("_id", namespace.dashboardId(house.name(), year))).first();
        TreeMap<String, Tally> parts = new TallyDocument(tallyDocument).parts(nationalGoalId);
        int total = parts.values().stream().mapToInt(Tally::entries).sum();

        String fromPart = afterKey == null ? null : Contribution.chunkOf(afterKey);
        Map<String, Tally> remaining = fromPart == null ? parts : parts.tailMap(fromPart, true);
        List<String> wanted = new ArrayList<>();
        int budget = first + 1;
        for (Map.Entry<String, Tally> part : remaining.entrySet()) {
            wanted.add(part.getKey());
            // the cursor's own part may hold nothing after the cursor: only the parts after it are sure to fill the page
            if (!part.getKey().equals(fromPart)) {
                budget -= part.getValue().entries();
            }
            if (budget <= 0) {
                break;
            }
        }
        List<Contribution> entries = new ArrayList<>();
        if (!wanted.isEmpty()) {
            List<String> ids = wanted.stream()
                    .map(part -> namespace.explanationId(house.name(), year, nationalGoalId, part)).toList();
            Map<String, Document> byId = new TreeMap<>();
            for (Document part : explanations.find(Filters.in("_id", ids)).batchSize(ids.size())) {
                byId.put(part.getString("_id"), part);
            }
            for (String id : ids) {
                Document part = byId.get(id);
                if (part == null) {
                    continue;
                }
                for (Contribution entry : ExplainDocuments.entriesOf(part)) {
                    if (afterKey == null || entry.key().compareTo(afterKey) > 0) {
                        entries.add(entry);
                    }
                }
            }
        }
        entries.sort(ExplainDocuments.BY_KEY);
        List<ExplainEntry> page = entries.subList(0, Math.min(first, entries.size())).stream()
                .map(ExplainDocuments::toView).toList();
        String lastWanted = wanted.isEmpty() ? null : wanted.get(wanted.size() - 1);
        boolean morePartsAfter = lastWanted != null && !parts.tailMap(lastWanted, false).isEmpty();
        boolean hasNextPage = entries.size() > first || morePartsAfter;
        String endCursor = page.isEmpty() ? null : page.get(page.size() - 1).cursor();
        return new ExplainPage(definitions.id(), house.name(), year, nationalGoalId, definition.id(), page, endCursor,
                hasNextPage, total, null);
    }

    /**
     * Every entry behind one number of a house's dashboard, ordered by key: the whole explanation in one
     * read of its parts ({@code _id $in}), for comparing two builds.
     */
    public List<ExplainEntry> allEntries(House house, int year, String goalId) {
        Objects.requireNonNull(house, "house");
        String nationalGoalId = definitionOf(goalId).goal().id();
        Document tallyDocument = tallies.find(Filters.eq("_id", namespace.dashboardId(house.name(), year))).first();
        List<String> ids = new TallyDocument(tallyDocument).parts(nationalGoalId).keySet().stream()
                .map(part -> namespace.explanationId(house.name(), year, nationalGoalId, part)).toList();
        List<Contribution> entries = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (Document part : explanations.find(Filters.in("_id", ids)).batchSize(ids.size())) {
                entries.addAll(ExplainDocuments.entriesOf(part));
            }
        }
        entries.sort(ExplainDocuments.BY_KEY);
        return entries.stream().map(ExplainDocuments::toView).toList();
    }

    /** The definition of a goal in this set, by the goal's id ({@code goal1}). */
    public GoalDefinition definition(String goalId) {
        return definitionOf(goalId);
    }

    /** A goal's definition in this set, by the goal's id ({@code goal1}) or the definition's ({@code goal1/v1}). */
    private GoalDefinition definitionOf(String goalId) {
        if (goalId != null) {
            for (GoalDefinition definition : definitions.definitions()) {
                if (definition.goal().id().equals(goalId) || definition.id().equals(goalId)) {
                    return definition;
                }
            }
        }
        List<String> known = new ArrayList<>();
        for (NationalGoal goal : NationalGoal.values()) {
            known.add(goal.id());
        }
        throw new IllegalArgumentException("goalId: '" + goalId + "' is no goal of definition set " + definitions.id()
                + "; the national goals are " + String.join(", ", known) + ", local goals start with local.");
    }
}
