package dk.erhvervshuse.graphql.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads CSV as RFC 4180 defines it (quoted cells, doubled quotes, CRLF rows), each row by its header's names. */
final class CsvRows {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvRows() {
    }

    /** The rows of a UTF-8 CSV with a byte-order mark, each a map from column name to cell. */
    static List<Map<String, String>> of(byte[] bytes) {
        assertThat(bytes).as("starts with the UTF-8 byte-order mark").startsWith(BOM);
        String text = new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
        List<List<String>> records = parse(text);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).as("a cell for every column").hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String scope, String goalId) {
        return rows.stream().filter(row -> scope.equals(row.get("scope")) && goalId.equals(row.get("goal_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + scope + " " + goalId));
    }

    /** Every record ends with CRLF; a quoted cell may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("a record ends with CRLF").isEqualTo('\n');
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                cell.append(c);
                i++;
            }
        }
        assertThat(record).as("the last record ends with CRLF too").isEmpty();
        assertThat(cell).isEmpty();
        return records;
    }
}
