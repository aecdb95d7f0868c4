package dk.erhvervshuse.graphql.page;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dashboard page's files as the application serves them from its classpath. */
final class PageDocuments {

    /** {@code export const NAME = `…`;}: one GraphQL document of the page's queries module. */
    private static final Pattern DOCUMENT = Pattern.compile("export const ([A-Z_]+) = `([^`]*)`;");

    private PageDocuments() {
    }

    static String file(String name) {
        try {
            return new ClassPathResource("static/dashboard/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard page has no file " + name, e);
        }
    }

    /** Every GraphQL document of {@code queries.js}, by its exported name, in the order written. */
    static Map<String, String> documents() {
        String module = file("queries.js");
        Map<String, String> documents = new LinkedHashMap<>();
        Matcher matcher = DOCUMENT.matcher(module);
        while (matcher.find()) {
            documents.put(matcher.group(1), matcher.group(2));
        }
        return documents;
    }

    /** How many {@code export}s the module has: each must be a document the pattern above reads. */
    static long exports(String module) {
        return Pattern.compile("^export ", Pattern.MULTILINE).matcher(module).results().count();
    }
}
