package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.query.targets.CompanyFacts;
import dk.erhvervshuse.query.targets.CompanyMeasure;
import dk.erhvervshuse.query.targets.Contribution;
import dk.erhvervshuse.query.targets.ControlGroupDelivery;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.GoalDefinition;
import dk.erhvervshuse.query.targets.SurveyMeasure;
import dk.erhvervshuse.query.targets.Tally;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The second half of an event batch: from the facts, contracts and deliveries the batch touched, re-derive
 * everything that depends on them and write what changed, with one read and one write per collection.
 * <ol>
 *     <li>Each touched company's contributions, for every house-year it ever contributed to, by every company
 *     definition; and for distinct-company goals the national contribution, merged across its houses.</li>
 *     <li>The explanation parts holding those companies: their entries replaced by the new ones.</li>
 *     <li>Only the house-years (and national years) where a part changed, or whose contract or deliveries the
 *     batch touched, are read further: each changed part's tally, recomputed from its entries, and each such
 *     dashboard computed whole from its tallies, contract and deliveries; and the national roll-up of each of
 *     their years from the six houses' dashboards. A company re-derived for one year (its accounts arriving, say)
 *     contributes the same to its other years, and those years' tallies (the largest documents) are not read.</li>
 * </ol>
 * Everything is set from the current state of its sources, nothing incremented. The writes go tallies, then
 * dashboards, then parts: a crash between two of them leaves the parts as they were, so when the batch comes again
 * the same parts differ from their new entries, and the same house-years are derived and written again. Run again
 * after all three (a redelivered batch), it writes nothing.
 */
final class Derivation {

    private final MongoDatabase database;
    private final DashboardNamespace namespace;
    private final DefinitionSet definitions;

    private final Map<String, Document> companies;
    private final Map<String, Document> touchedContracts;
    private final Map<String, Document> touchedDeliveries;

    /** scope-year → goal → cvr → contributions (empty: the company no longer contributes there). */
    private final Map<ScopeYear, Map<String, Map<String, List<Contribution>>>> byCompany = new TreeMap<>();
    /** scope-year → goal → contributions of a survey goal, replacing the whole survey part. */
    private final Map<ScopeYear, Map<String, List<Contribution>>> bySurvey = new TreeMap<>();
    private final Set<ScopeYear> houseYears = new TreeSet<>();
    private final Set<Integer> years = new TreeSet<>();
    static final String PENDING_PARTS = "parts";

    Derivation(MongoDatabase database, DashboardNamespace namespace, DefinitionSet definitions,
               Map<String, Document> companies, Map<String, Document> touchedContracts,
               Map<String, Document> touchedDeliveries) {
        this.database = database;
        this.namespace = namespace;
        this.definitions = definitions;
        this.companies = companies;
        this.touchedContracts = touchedContracts;
        this.touchedDeliveries = touchedDeliveries;
    }

    /** Derives and writes; returns the house dashboards that changed, as written. */
    List<Document> run() {
        contributionsOfCompanies();
        affectedByContractsAndDeliveries();
        Set<String> partIds = partIds();
        partIds.add(pendingId());
        Map<String, Document> storedParts = find(namespace.explanations(), partIds);
        Document pending = storedParts.remove(pendingId());
        Map<String, List<Contribution>> parts = reviseParts(storedParts);
        List<WriteModel<Document>> partWrites = partWrites(storedParts, parts);
        // a note of a run that died between its writes: its parts are tallied again
        boolean pendingFound = pending != null && !pending.getList(PENDING_PARTS, String.class, List.of()).isEmpty();
        if (pendingFound) {
            tallyAgain(pending, storedParts, parts);
        }
        houseYears.forEach(scopeYear -> years.add(scopeYear.year()));
        if (houseYears.isEmpty() && years.isEmpty()) {
            return List.of();
        }
        Loaded loaded = load();
        Map<ScopeYear, TallyDocument> tallies = reviseTallies(loaded, parts);
        Map<String, Document> dashboards = reviseDashboards(loaded, tallies);
        return write(loaded, parts, tallies, dashboards, partWrites, pendingFound);
    }

    // ---- 1. what changed

    private void contributionsOfCompanies() {
        for (Document factsDocument : companies.values()) {
            FactsDocument facts = new FactsDocument(factsDocument);
            CompanyFacts company = facts.toFacts();
            if (company.cvr() == null) {
                continue;
            }
            /* year → goal → house → contributions, for the distinct-company goals */
            Map<Integer, Map<String, Map<String, List<Contribution>>>> distinct = new TreeMap<>();
            for (ScopeYear scopeYear : facts.scopes()) {
                for (CompanyMeasure measure : definitions.companyMeasures()) {
                    List<Contribution> contributions =
                            measure.contributions(company, scopeYear.house(), scopeYear.year());
                    put(scopeYear, measure.goal().id(), company.cvr(), contributions);
                    if (measure.nationalRollUp() == GoalDefinition.NationalRollUp.DISTINCT_COMPANIES) {
                        distinct.computeIfAbsent(scopeYear.year(), y -> new LinkedHashMap<>())
                                .computeIfAbsent(measure.goal().id(), g -> new LinkedHashMap<>())
                                .put(scopeYear.scope(), contributions);
                    }
                }
            }
            distinct.forEach((year, goals) -> goals.forEach((goalId, atHouses) ->
                    put(ScopeYear.national(year), goalId, company.cvr(), DistinctCompanies.merge(atHouses))));
        }
    }

    private void put(ScopeYear scopeYear, String goalId, String cvr, List<Contribution> contributions) {
        byCompany.computeIfAbsent(scopeYear, s -> new LinkedHashMap<>())
                .computeIfAbsent(goalId, g -> new LinkedHashMap<>())
                .put(cvr, contributions);
    }

    private void affectedByContractsAndDeliveries() {
        for (Document contract : touchedContracts.values()) {
            houseYears.add(new ScopeYear(contract.getString("house"), contract.getInteger("year", 0)));
        }
        for (Document delivery : touchedDeliveries.values()) {
            DeliveryDocument deliveries = new DeliveryDocument(delivery);
            if (deliveries.isAwareness()) {
                ScopeYear scopeYear = ScopeYear.of(deliveries.house(), deliveries.year());
                houseYears.add(scopeYear);
                Map<String, List<Contribution>> survey = bySurvey.computeIfAbsent(scopeYear, s -> new LinkedHashMap<>());
                for (SurveyMeasure measure : definitions.surveyMeasures()) {
                    survey.put(measure.goal().id(), measure.contributions(deliveries.surveys()));
                }
            } else if (deliveries.isControlGroup()) {
                for (House house : House.values()) {
                    houseYears.add(ScopeYear.of(house, deliveries.year()));
                }
            }
        }
    }

    // ---- 2. one read per collection

    private record Loaded(Map<String, Document> dashboards, Map<String, Document> tallies,
                          Map<String, Document> contracts, Map<String, Document> deliveries) {
    }

    /** Every part holding a touched company's entries, or a touched survey's. */
    private Set<String> partIds() {
        Set<String> partIds = new LinkedHashSet<>();
        byCompany.forEach((scopeYear, goals) -> goals.forEach((goalId, byCvr) -> byCvr.keySet().forEach(cvr ->
                partIds.add(partId(scopeYear, goalId, Contribution.chunkOf(cvr))))));
        bySurvey.forEach((scopeYear, goals) -> goals.keySet().forEach(goalId ->
                partIds.add(partId(scopeYear, goalId, Contribution.NO_COMPANY))));
        return partIds;
    }

    private Loaded load() {
        Set<String> dashboardIds = new LinkedHashSet<>();
        Set<String> contractIds = new LinkedHashSet<>();
        Set<String> deliveryIds = new LinkedHashSet<>();
        for (ScopeYear scopeYear : houseYears) {
            dashboardIds.add(idOf(scopeYear));
            contractIds.add(ContractDocument.idOf(scopeYear.house(), scopeYear.year()));
            deliveryIds.add(DeliveryDocument.awarenessId(scopeYear.house(), scopeYear.year()));
        }
        Set<String> tallyIds = new LinkedHashSet<>(dashboardIds);
        for (Integer year : years) {
            for (House house : House.values()) {
                dashboardIds.add(idOf(ScopeYear.of(house, year)));
            }
            dashboardIds.add(idOf(ScopeYear.national(year)));
            tallyIds.add(idOf(ScopeYear.national(year)));
            for (Segment segment : Segment.values()) {
                deliveryIds.add(DeliveryDocument.controlGroupId(segment, year));
            }
        }
        contractIds.removeAll(touchedContracts.keySet());
        deliveryIds.removeAll(touchedDeliveries.keySet());
        Map<String, Document> contracts = find(namespace.contracts(), contractIds);
        contracts.putAll(touchedContracts);
        Map<String, Document> deliveries = find(namespace.deliveries(), deliveryIds);
        deliveries.putAll(touchedDeliveries);
        return new Loaded(find(namespace.dashboards(), dashboardIds), find(namespace.tallies(), tallyIds),
                contracts, deliveries);
    }

    private Map<String, Document> find(String collection, Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Document document : database.getCollection(collection).find(Filters.in("_id", ids))
                .batchSize(ids.size())) {
            found.put(document.getString("_id"), document);
        }
        return found;
    }

    // ---- 3. explanation parts

    /** The revised entries of every part touched, by part id. */
    private Map<String, List<Contribution>> reviseParts(Map<String, Document> stored) {
        Map<String, List<Contribution>> parts = new LinkedHashMap<>();
        byCompany.forEach((scopeYear, goals) -> goals.forEach((goalId, byCvr) -> byCvr.forEach((cvr, contributions) -> {
            List<Contribution> entries = entriesOf(parts, stored, partId(scopeYear, goalId, Contribution.chunkOf(cvr)));
            entries.removeIf(entry -> cvr.equals(entry.cvr()));
            entries.addAll(contributions);
        })));
        bySurvey.forEach((scopeYear, goals) -> goals.forEach((goalId, contributions) -> {
            List<Contribution> entries = entriesOf(parts, stored, partId(scopeYear, goalId, Contribution.NO_COMPANY));
            entries.removeIf(entry -> entry.cvr() == null);
            entries.addAll(contributions);
        }));
        parts.values().forEach(entries -> entries.sort(ExplainDocuments.BY_KEY));
        return parts;
    }

    private static List<Contribution> entriesOf(Map<String, List<Contribution>> parts, Map<String, Document> stored,
                                                String partId) {
        return parts.computeIfAbsent(partId, id -> ExplainDocuments.entriesOf(stored.get(id)));
    }

    /**
     * The writes of the parts whose entries changed; the house-year (or national year) of each becomes one to
     * derive further. Parts that did not change are left out of everything after.
     */
    private List<WriteModel<Document>> partWrites(Map<String, Document> stored, Map<String, List<Contribution>> parts) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Iterator<Map.Entry<String, List<Contribution>>> it = parts.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<Contribution>> revised = it.next();
            String partId = revised.getKey();
            List<Contribution> entries = revised.getValue();
            Document before = stored.get(partId);
            PartId part = PartId.parse(partId);
            WriteModel<Document> write = null;
            if (entries.isEmpty()) {
                if (before != null) {
                    write = new DeleteOneModel<>(Filters.eq("_id", partId));
                }
            } else {
                Document after = ExplainDocuments.part(namespace, part.scopeYear(), part.goalId(), part.chunk(),
                        entries);
                if (!after.equals(before)) {
                    write = replace(after);
                }
            }
            if (write == null) {
                it.remove();
                continue;
            }
            writes.add(write);
            deriveFurther(part.scopeYear());
        }
        return writes;
    }

    /** A house-year whose dashboard is derived again, or for the nation the year whose roll-up is. */
    private void deriveFurther(ScopeYear scopeYear) {
        if (scopeYear.isNational()) {
            years.add(scopeYear.year());
        } else {
            houseYears.add(scopeYear);
        }
    }

    /**
     * The parts a run that died between its writes listed before writing their tallies ({@link #pendingId}): their
     * tallies may count entries the parts never got, so each is tallied again from what it holds now (or from its
     * revised entries, where this batch touched it too), and its house-year derived again.
     */
    private void tallyAgain(Document pending, Map<String, Document> storedParts, Map<String, List<Contribution>> parts) {
        Set<String> listed = new LinkedHashSet<>(pending.getList(PENDING_PARTS, String.class, List.of()));
        listed.removeAll(parts.keySet());
        Set<String> unread = new LinkedHashSet<>(listed);
        unread.removeAll(storedParts.keySet());
        Map<String, Document> stored = new LinkedHashMap<>(storedParts);
        stored.putAll(find(namespace.explanations(), unread));
        for (String partId : listed) {
            parts.put(partId, ExplainDocuments.entriesOf(stored.get(partId)));
            deriveFurther(PartId.parse(partId).scopeYear());
        }
    }

    // ---- 4. tallies

    private Map<ScopeYear, TallyDocument> reviseTallies(Loaded loaded, Map<String, List<Contribution>> parts) {
        Map<ScopeYear, TallyDocument> tallies = new TreeMap<>();
        for (ScopeYear scopeYear : houseYears) {
            tallies.put(scopeYear, new TallyDocument(loaded.tallies().get(idOf(scopeYear))));
        }
        for (Integer year : years) {
            tallies.put(ScopeYear.national(year), new TallyDocument(loaded.tallies().get(idOf(ScopeYear.national(year)))));
        }
        parts.forEach((partId, entries) -> {
            PartId part = PartId.parse(partId);
            tallies.get(part.scopeYear()).set(part.goalId(), part.chunk(), Tally.of(entries));
        });
        return tallies;
    }

    // ---- 5. dashboards

    private Map<String, Document> reviseDashboards(Loaded loaded, Map<ScopeYear, TallyDocument> tallies) {
        Map<String, Document> dashboards = new LinkedHashMap<>();
        for (ScopeYear scopeYear : houseYears) {
            House house = scopeYear.house();
            int year = scopeYear.year();
            Document contract = loaded.contracts().get(ContractDocument.idOf(house, year));
            DashboardDocument.Sources sources = new DashboardDocument.Sources(tallies.get(scopeYear),
                    contract == null ? null : new ContractDocument(contract),
                    new DeliveryDocument(loaded.deliveries().get(DeliveryDocument.awarenessId(house, year))).surveys(),
                    controlGroups(loaded, year));
            dashboards.put(idOf(scopeYear), DashboardDocument.house(namespace, definitions, house, year, sources));
        }
        for (Integer year : years) {
            List<Document> houses = new ArrayList<>();
            for (House house : House.values()) {
                String id = idOf(ScopeYear.of(house, year));
                Document dashboard = dashboards.containsKey(id) ? dashboards.get(id) : loaded.dashboards().get(id);
                if (dashboard != null) {
                    houses.add(dashboard);
                }
            }
            dashboards.put(idOf(ScopeYear.national(year)), DashboardDocument.national(namespace, definitions, year,
                    houses, tallies.get(ScopeYear.national(year)), controlGroups(loaded, year)));
        }
        return dashboards;
    }

    private static List<ControlGroupDelivery> controlGroups(Loaded loaded, int year) {
        List<ControlGroupDelivery> controlGroups = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            Document delivery = loaded.deliveries().get(DeliveryDocument.controlGroupId(segment, year));
            if (delivery != null) {
                controlGroups.addAll(new DeliveryDocument(delivery).controlGroups());
            }
        }
        return controlGroups;
    }

    // ---- 6. one write per collection, of what changed

    private List<Document> write(Loaded loaded, Map<String, List<Contribution>> parts,
                                 Map<ScopeYear, TallyDocument> tallies, Map<String, Document> dashboards,
                                 List<WriteModel<Document>> partWrites, boolean pendingFound) {
        List<String> goalOrder = definitions.definitions().stream().map(d -> d.goal().id()).toList();
        List<WriteModel<Document>> tallyWrites = new ArrayList<>();
        tallies.forEach((scopeYear, tally) -> {
            Document revised = tally.toDocument(idOf(scopeYear), goalOrder);
            if (!revised.equals(loaded.tallies().get(idOf(scopeYear)))) {
                tallyWrites.add(replace(revised));
            }
        });
        List<WriteModel<Document>> dashboardWrites = new ArrayList<>();
        List<Document> changedHouses = new ArrayList<>();
        dashboards.forEach((id, revised) -> {
            if (!revised.equals(loaded.dashboards().get(id))) {
                dashboardWrites.add(replace(revised));
                if (!DashboardNamespace.NATIONAL.equals(revised.getString("scope"))) {
                    changedHouses.add(revised);
                }
            }
        });
        // Parts last: until they are written, a batch that comes again finds them changed and derives all this
        // again. Should it find them unchanged after all (later events undoing this batch's), the note written before
        // the tallies names the parts to tally again; it is emptied with the parts' own write, after them.
        boolean noted = !tallyWrites.isEmpty();
        if (noted) {
            database.getCollection(namespace.explanations()).replaceOne(Filters.eq("_id", pendingId()),
                    note(new ArrayList<>(parts.keySet())), new ReplaceOptions().upsert(true));
        }
        bulkWrite(namespace.tallies(), tallyWrites, false);
        bulkWrite(namespace.dashboards(), dashboardWrites, false);
        List<WriteModel<Document>> lastWrites = new ArrayList<>(partWrites);
        if (noted || pendingFound) {
            lastWrites.add(replace(note(List.of())));
        }
        bulkWrite(namespace.explanations(), lastWrites, true);
        return changedHouses;
    }

    private static ReplaceOneModel<Document> replace(Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                new ReplaceOptions().upsert(true));
    }

    /** One write of the collection's changes; ordered where the note must come after the parts. */
    private void bulkWrite(String collection, List<WriteModel<Document>> writes, boolean ordered) {
        if (!writes.isEmpty()) {
            MongoCollection<Document> target = database.getCollection(collection);
            target.bulkWrite(writes, new BulkWriteOptions().ordered(ordered));
        }
    }

    // ---- ids

    /**
     * The note in the explanations collection listing the parts whose tallies a run is about to write, before it
     * has written the parts, and emptied once it has: {@code v1:pending}, which no part's id can be.
     */
    private String pendingId() {
        return pendingIdOf(namespace);
    }

    static String pendingIdOf(DashboardNamespace namespace) {
        return namespace.definitionSet() + ":pending";
    }

    private Document note(List<String> partIds) {
        return new Document("_id", pendingId()).append(PENDING_PARTS, partIds);
    }

    private String idOf(ScopeYear scopeYear) {
        return namespace.dashboardId(scopeYear.scope(), scopeYear.year());
    }

    private String partId(ScopeYear scopeYear, String goalId, String chunk) {
        return namespace.explanationId(scopeYear.scope(), scopeYear.year(), goalId, chunk);
    }

    /** The parts of an explanation part's id: {@code v1:FYN:2025:goal1:13}. */
    private record PartId(ScopeYear scopeYear, String goalId, String chunk) {

        static PartId parse(String id) {
            String[] parts = id.split(":");
            return new PartId(new ScopeYear(parts[1], Integer.parseInt(parts[2])), parts[3], parts[4]);
        }
    }
}
