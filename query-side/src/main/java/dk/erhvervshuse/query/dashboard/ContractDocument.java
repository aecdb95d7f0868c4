package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.query.api.ResultContractView;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.strings;

/**
 * A document of the contract collection, one per result contract ({@code _id} = {@code HOUSE:YEAR}): its
 * current terms, status, the signatures given to the current terms, and its history (§8.2). A new proposal
 * replaces the draft and voids its signatures, as the contract aggregate does; the second signature (or the
 * contract's taking effect) puts it in force; amendments replace the terms in force.
 */
final class ContractDocument {

    static final String DRAFT = "DRAFT";
    static final String PARTLY_SIGNED = "PARTLY_SIGNED";
    static final String IN_FORCE = "IN_FORCE";

    private final Document document;

    ContractDocument(Document document) {
        this.document = document;
    }

    static String idOf(House house, int year) {
        return ResultContractEvent.contractIdOf(house, year);
    }

    boolean exists() {
        return document != null && document.getString("status") != null;
    }

    void apply(ResultContractEvent event, long position) {
        document.put("house", name(event.house()));
        document.put("year", event.year());
        List<Document> history = documents(document, "history");
        if (event instanceof ResultContractProposed e) {
            document.put("goals", goals(e.goals()));
            document.put("proposedOn", date(e.proposedOn()));
            document.put("signatures", new ArrayList<Document>());
            if (!IN_FORCE.equals(document.getString("status"))) {
                document.put("status", DRAFT);
            }
            history.add(entry("PROPOSED", date(e.proposedOn()), position).append("goals", goals(e.goals())));
        } else if (event instanceof ResultContractSigned e) {
            List<Document> signatures = documents(document, "signatures");
            signatures.removeIf(signature -> name(e.party()).equals(signature.getString("party")));
            signatures.add(new Document("party", name(e.party())).append("signatoryId", e.signatoryId())
                    .append("signedOn", date(e.signedOn())));
            if (!IN_FORCE.equals(document.getString("status"))) {
                document.put("status", signatures.size() >= 2 ? IN_FORCE : PARTLY_SIGNED);
            }
            history.add(entry("SIGNED", date(e.signedOn()), position).append("party", name(e.party()))
                    .append("signatoryId", e.signatoryId()));
        } else if (event instanceof ResultContractTookEffect e) {
            document.put("status", IN_FORCE);
            document.put("effectiveOn", date(e.effectiveOn()));
            history.add(entry("TOOK_EFFECT", date(e.effectiveOn()), position));
        } else if (event instanceof ResultContractAmended e) {
            document.put("goals", goals(e.goals()));
            history.add(entry("AMENDED", date(e.amendedOn()), position).append("reason", e.reason())
                    .append("agreedBy", new ArrayList<>(e.agreedBy())).append("goals", goals(e.goals())));
        }
    }

    String status() {
        return document == null ? null : document.getString("status");
    }

    String effectiveOn() {
        return document == null ? null : document.getString("effectiveOn");
    }

    /** The goals in force, or null while the contract is not in force (or was never proposed). */
    List<ContractGoal> goalsInForce() {
        if (!IN_FORCE.equals(status())) {
            return null;
        }
        return nested(document, "goals").stream().map(ContractDocument::goal).toList();
    }

    ResultContractView toView() {
        return new ResultContractView(
                document.getString("_id"),
                document.getString("house"),
                document.getInteger("year", 0),
                status(),
                nested(document, "goals").stream().map(ContractDocument::goalView).toList(),
                date(document, "proposedOn"),
                nested(document, "signatures").stream().map(s -> new ResultContractView.Signature(
                        s.getString("party"), s.getString("signatoryId"), date(s, "signedOn"))).toList(),
                date(document, "effectiveOn"),
                nested(document, "history").stream().map(h -> new ResultContractView.HistoryEntry(
                        h.getString("kind"), date(h, "on"), h.getString("party"), h.getString("signatoryId"),
                        h.getString("reason"), h.containsKey("agreedBy") ? strings(h, "agreedBy") : null,
                        h.containsKey("goals") ? nested(h, "goals").stream().map(ContractDocument::goalView).toList()
                                : null,
                        longValue(h, "position"))).toList());
    }

    private static Document entry(String kind, String on, long position) {
        return new Document("kind", kind).append("on", on).append("position", position);
    }

    private static List<Document> goals(List<ContractGoal> goals) {
        List<Document> documents = new ArrayList<>();
        for (ContractGoal goal : goals) {
            documents.add(new Document("goalId", goal.goalId())
                    .append("title", goal.title())
                    .append("measure", goal.measure())
                    .append("unit", goal.unit())
                    .append("comparison", name(goal.comparison()))
                    .append("target", decimal(goal.target())));
        }
        return documents;
    }

    private static ContractGoal goal(Document goal) {
        return new ContractGoal(goal.getString("goalId"), goal.getString("title"), goal.getString("measure"),
                goal.getString("unit"), goal.getString("comparison") == null ? null
                : Comparison.valueOf(goal.getString("comparison")), decimal(goal, "target"));
    }

    private static ResultContractView.Goal goalView(Document goal) {
        return new ResultContractView.Goal(goal.getString("goalId"), goal.getString("title"),
                goal.getString("measure"), goal.getString("unit"), goal.getString("comparison"),
                decimal(goal, "target"));
    }
}
