package dk.erhvervshuse.query.compliance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * The second half of an event batch: for every case and ledger the batch touched, its entries in each view
 * for every house-year it ever touched, replacing the entries it had there. One read and at most one write per
 * view; a document is written only if it changed, its entries are kept in subject order, and a house-year
 * left without entries has no document, so a redelivered batch writes nothing and however the log was cut
 * into batches the views come out the same.
 */
final class ComplianceDerivation {

    private final MongoDatabase database;
    /** view → house-year → subject → its entries there. */
    private final Map<ComplianceView, Map<String, Map<String, List<Document>>>> wanted =
            new EnumMap<>(ComplianceView.class);

    ComplianceDerivation(MongoDatabase database) {
        this.database = database;
    }

    void run(Collection<CaseFacts> cases, Collection<LedgerFacts> ledgers) {
        for (CaseFacts facts : cases) {
            CaseFindings findings = new CaseFindings(facts);
            for (String scope : facts.scopes()) {
                for (ComplianceView view : ComplianceView.OF_CASES) {
                    want(view, scope, facts.caseId(), findings.entries(view, yearOf(scope)));
                }
            }
        }
        for (LedgerFacts facts : ledgers) {
            for (String scope : facts.scopes()) {
                want(ComplianceView.TWENTY_HOURS_WITHOUT_DECISION, scope, facts.ledgerId(),
                        facts.entries(yearOf(scope)));
            }
        }
        wanted.forEach(this::write);
    }

    private void want(ComplianceView view, String scope, String subject, List<Document> entries) {
        wanted.computeIfAbsent(view, v -> new TreeMap<>())
                .computeIfAbsent(scope, s -> new TreeMap<>())
                .put(subject, entries);
    }

    private void write(ComplianceView view, Map<String, Map<String, List<Document>>> byScope) {
        MongoCollection<Document> collection = database.getCollection(view.collection());
        List<String> ids = new ArrayList<>(byScope.keySet());
        Map<String, Document> stored = new HashMap<>();
        for (Document document : collection.find(Filters.in("_id", ids)).batchSize(ids.size())) {
            stored.put(document.getString("_id"), document);
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        byScope.forEach((scope, bySubject) -> {
            Document before = stored.get(scope);
            List<Document> entries = new ArrayList<>(before == null ? List.of() : nested(before, ComplianceView.ENTRIES));
            entries.removeIf(entry -> bySubject.containsKey(entry.getString(ComplianceView.SUBJECT)));
            bySubject.values().forEach(entries::addAll);
            entries.sort(Comparator.comparing(entry -> entry.getString(ComplianceView.SUBJECT)));
            if (entries.isEmpty()) {
                // no entries, no document: whether one existed must not depend on how the log was batched
                if (before != null) {
                    writes.add(new DeleteOneModel<>(Filters.eq("_id", scope)));
                }
                return;
            }
            if (before != null && nested(before, ComplianceView.ENTRIES).equals(entries)) {
                return;
            }
            Document after = new Document("_id", scope)
                    .append(ComplianceView.HOUSE, scope.substring(0, scope.indexOf(':')))
                    .append(ComplianceView.YEAR, yearOf(scope));
            documents(after, ComplianceView.ENTRIES).addAll(entries);
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", scope), after, new ReplaceOptions().upsert(true)));
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private static int yearOf(String scope) {
        return Integer.parseInt(scope.substring(scope.indexOf(':') + 1));
    }
}
