package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.query.api.ExplainEntry;
import dk.erhvervshuse.query.targets.Contribution;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Documents of the explanation collection: one per house (or the nation), year, goal and part
 * ({@code _id} = {@code v1:FYN:2025:goal1:137}), holding that part's entries ordered by key. A part is the
 * entries whose key (CVR first) starts with the same three digits, so a company's entries always sit in one
 * part, and the parts in order hold the explanation in order.
 * <p>
 * Why parts rather than one document per goal: a house-year has a few thousand companies, a list of a few
 * hundred kilobytes; every event batch touching a company would rewrite its goal's whole list, at every
 * house-year the company touches. With parts a batch rewrites only the parts of the companies it touched,
 * each part's tally is recomputed from its entries alone, and a page of the explanation reads only the parts
 * it shows, found from the parts' sizes in the tallies.
 * <p>
 * Each entry is kept as one string, its fields separated by U+001F (key, CVR, case, flags {@code c}ounted
 * {@code h}it {@code p}reliminary {@code r}estated, category, value, weight, log positions, and the reason
 * last), rather than as a sub-document: the embedded server's cost grows with the number of values in a
 * document (measured on 49 parts of 222 entries, strings were written about ten times faster than
 * sub-documents), and decoding JSON cost more than the writes themselves.
 */
final class ExplainDocuments {

    static final String ENTRIES = "entries";
    static final Comparator<Contribution> BY_KEY = Comparator.comparing(Contribution::key);

    private static final char SEPARATOR = '\u001f';
    private static final int FIELDS = 9;

    private ExplainDocuments() {
    }

    static Document part(DashboardNamespace namespace, ScopeYear scopeYear, String goalId, String chunk,
                         List<Contribution> entries) {
        return new Document("_id", namespace.explanationId(scopeYear.scope(), scopeYear.year(), goalId, chunk))
                .append("definitionSet", namespace.definitionSet())
                .append("scope", scopeYear.scope())
                .append("year", scopeYear.year())
                .append("goalId", goalId)
                .append("chunk", chunk)
                .append(ENTRIES, entries.stream().map(ExplainDocuments::encode).toList());
    }

    /** The entries of a stored part, in order; none for a part not stored. */
    static List<Contribution> entriesOf(Document part) {
        List<Contribution> entries = new ArrayList<>();
        if (part != null) {
            for (String stored : part.getList(ENTRIES, String.class, List.of())) {
                entries.add(decode(stored));
            }
        }
        return entries;
    }

    static String encode(Contribution entry) {
        StringBuilder flags = new StringBuilder();
        if (entry.counted()) {
            flags.append('c');
        }
        if (entry.hit()) {
            flags.append('h');
        }
        if (entry.preliminary()) {
            flags.append('p');
        }
        if (entry.restated()) {
            flags.append('r');
        }
        StringBuilder positions = new StringBuilder();
        for (Long position : entry.positions()) {
            if (!positions.isEmpty()) {
                positions.append(',');
            }
            positions.append(position);
        }
        return String.join(String.valueOf(SEPARATOR),
                entry.key(),
                text(entry.cvr()),
                text(entry.caseId()),
                flags,
                text(entry.category()),
                entry.value() == null ? "" : entry.value().toString(),
                entry.weight() == 0 ? "" : Long.toString(entry.weight()),
                positions,
                text(entry.reason()));
    }

    static Contribution decode(String stored) {
        String[] fields = stored.split(String.valueOf(SEPARATOR), FIELDS);
        String flags = fields[3];
        List<Long> positions = new ArrayList<>();
        if (!fields[7].isEmpty()) {
            for (String position : fields[7].split(",")) {
                positions.add(Long.parseLong(position));
            }
        }
        return new Contribution(fields[0], orNull(fields[1]), orNull(fields[2]), flags.indexOf('c') >= 0,
                fields[8], orNull(fields[4]), flags.indexOf('h') >= 0,
                fields[5].isEmpty() ? null : new BigDecimal(fields[5]),
                fields[6].isEmpty() ? 0 : Long.parseLong(fields[6]), flags.indexOf('p') >= 0,
                flags.indexOf('r') >= 0, positions);
    }

    static ExplainEntry toView(Contribution entry) {
        return new ExplainEntry(ExplainCursor.of(entry.key()), entry.cvr(), entry.caseId(), entry.counted(),
                entry.reason(), entry.category(), entry.value(), entry.positions());
    }

    private static String text(String value) {
        return value == null ? "" : value.replace(SEPARATOR, ' ');
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
