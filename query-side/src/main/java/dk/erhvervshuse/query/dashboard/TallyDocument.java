package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.query.targets.Tally;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * A document of the tally collection, one per house (or the nation) and year ({@code _id} as the dashboard's):
 * for each goal, the tally of each part of its explanation. A goal's value is computed from the sum of its
 * parts' tallies; each part's tally is recomputed from the part's entries whenever they are re-derived, so
 * nothing here is ever incremented. The parts' entry counts also tell an explanation page which parts to read.
 * A part's tally is kept as one string, {@code "<part> <entries> <counted> <hits> <promoters> <passives>
 * <detractors> <sum> <weightedSum> <weight> <preliminary> <restated>"}, for the reason given in
 * {@link ExplainDocuments}: a document of many small values is slow on the embedded server.
 */
final class TallyDocument {

    /** goal id → part → tally, parts in order. */
    private final Map<String, TreeMap<String, Tally>> goals = new LinkedHashMap<>();

    TallyDocument(Document document) {
        if (document == null) {
            return;
        }
        for (Document goal : nested(document, "goals")) {
            TreeMap<String, Tally> parts = new TreeMap<>();
            for (String part : goal.getList("chunks", String.class, List.of())) {
                String[] fields = part.split(" ");
                parts.put(fields[0], new Tally(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]), Integer.parseInt(fields[4]), Integer.parseInt(fields[5]),
                        Integer.parseInt(fields[6]), new BigDecimal(fields[7]), new BigDecimal(fields[8]),
                        Long.parseLong(fields[9]), Integer.parseInt(fields[10]), Integer.parseInt(fields[11])));
            }
            goals.put(goal.getString("goalId"), parts);
        }
    }

    void set(String goalId, String chunk, Tally tally) {
        TreeMap<String, Tally> parts = goals.computeIfAbsent(goalId, g -> new TreeMap<>());
        if (tally.entries() == 0) {
            parts.remove(chunk);
        } else {
            parts.put(chunk, tally);
        }
    }

    Tally total(String goalId) {
        Tally total = Tally.EMPTY;
        for (Tally part : parts(goalId).values()) {
            total = total.plus(part);
        }
        return total;
    }

    /** The parts of a goal's explanation, in order, with their tallies. */
    TreeMap<String, Tally> parts(String goalId) {
        TreeMap<String, Tally> parts = goals.get(goalId);
        return parts == null ? new TreeMap<>() : parts;
    }

    /** Goals in the order given, each with its parts in order; goals without parts left out. */
    Document toDocument(String id, List<String> goalOrder) {
        List<Document> goalDocuments = new ArrayList<>();
        for (String goalId : goalOrder) {
            TreeMap<String, Tally> parts = parts(goalId);
            if (parts.isEmpty()) {
                continue;
            }
            List<String> partTallies = new ArrayList<>();
            parts.forEach((chunk, tally) -> partTallies.add(String.join(" ", chunk,
                    String.valueOf(tally.entries()), String.valueOf(tally.counted()), String.valueOf(tally.hits()),
                    String.valueOf(tally.promoters()), String.valueOf(tally.passives()),
                    String.valueOf(tally.detractors()), tally.sum().toString(), tally.weightedSum().toString(),
                    String.valueOf(tally.weight()), String.valueOf(tally.preliminary()),
                    String.valueOf(tally.restated()))));
            goalDocuments.add(new Document("goalId", goalId).append("chunks", partTallies));
        }
        return new Document("_id", id).append("goals", goalDocuments);
    }

    static Document document(Tally tally) {
        return new Document("entries", tally.entries())
                .append("counted", tally.counted())
                .append("hits", tally.hits())
                .append("promoters", tally.promoters())
                .append("passives", tally.passives())
                .append("detractors", tally.detractors())
                .append("sum", decimal(tally.sum()))
                .append("weightedSum", decimal(tally.weightedSum()))
                .append("weight", tally.weight())
                .append("preliminary", tally.preliminary())
                .append("restated", tally.restated());
    }

    static Tally tally(Document document) {
        if (document == null) {
            return Tally.EMPTY;
        }
        Long weight = longValue(document, "weight");
        return new Tally(document.getInteger("entries", 0), document.getInteger("counted", 0),
                document.getInteger("hits", 0), document.getInteger("promoters", 0),
                document.getInteger("passives", 0), document.getInteger("detractors", 0), decimal(document, "sum"),
                decimal(document, "weightedSum"), weight == null ? 0 : weight, document.getInteger("preliminary", 0),
                document.getInteger("restated", 0));
    }
}
