package dk.erhvervshuse.graphql.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.erhvervshuse.graphql.support.RegistryClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends hostile requests over plain HTTP, byte for byte as given (no GraphQL client that would refuse to send
 * them), and reads the answer as JSON, counting each in the suite's tally.
 */
final class HostileClient {

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the server as one, not as '?'. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> INSIDES = List.of("Exception", "java.", "dk.erhvervshuse", "graphql.", "\tat ",
            "springframework");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final HostileInputTest.Tally tally;

    HostileClient(int port, HostileInputTest.Tally tally) {
        this.base = "http://localhost:" + port;
        this.tally = tally;
    }

    /** A mutation taking {@code input}, asking only for its commandId. */
    Answer mutation(String user, String field, String inputType, Map<String, Object> input) {
        return query(user, "mutation($input: " + inputType + "!) { " + field + "(input: $input) { commandId } }",
                Map.of("input", input));
    }

    Answer query(String user, String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        try {
            return raw(user, "application/json", JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer raw(String user, String contentType, byte[] body) {
        return send(request(user, "/graphql").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Answer get(String user, String pathAndQuery) {
        return send(request(user, pathAndQuery).GET().build());
    }

    /** The status of a plain GET, for what production must not serve. */
    int status(String user, String path) {
        try {
            return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String credentials = user + ":" + RegistryClient.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Answer answer = Answer.of(response.statusCode(), response.body());
            tally.count(answer.status(), answer.kind(), answer.hasClassification("INTERNAL_ERROR"), !answer.errors().isEmpty());
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the registry answered: the HTTP status and the GraphQL errors (each a map, as sent). */
    record Answer(int status, String body, List<Map<String, Object>> errors) {

        @SuppressWarnings("unchecked")
        static Answer of(int status, String body) {
            List<Map<String, Object>> errors = List.of();
            if (body != null && !body.isBlank()) {
                try {
                    Object parsed = JSON.readValue(body, Object.class);
                    if (parsed instanceof Map<?, ?> map && map.get("errors") instanceof List<?> list) {
                        errors = (List<Map<String, Object>>) list;
                    }
                } catch (JsonProcessingException notJson) {
                    // Counted as it is: a refusal without the registry's error shape fails refusedAs.
                }
            }
            return new Answer(status, body, errors);
        }

        /** How it was answered, for the tally: classification and rule, with the HTTP status when not 200. */
        String kind() {
            if (status >= 500) {
                return "HTTP " + status;
            }
            if (errors.isEmpty()) {
                return "accepted (HTTP " + status + ")";
            }
            Map<String, Object> first = extensions(errors.get(0));
            return first.get("classification") + " " + first.get("rule") + (status == 200 ? "" : " (HTTP " + status + ")");
        }

        boolean hasClassification(String classification) {
            return errors.stream().anyMatch(error -> classification.equals(extensions(error).get("classification")));
        }

        /** Refused, each error classified as given with a rule and a message that shows nothing of the server. */
        Answer refusedAs(String classification) {
            assertThat(status).as("HTTP status of %s", abbreviated(body)).isLessThan(500);
            assertThat(errors).as("errors of %s", abbreviated(body)).isNotEmpty();
            for (Map<String, Object> error : errors) {
                Map<String, Object> extensions = extensions(error);
                assertThat(extensions.get("classification")).as("classification of %s", abbreviated(String.valueOf(error))).isEqualTo(classification);
                assertThat(extensions.get("rule")).as("rule of %s", abbreviated(String.valueOf(error))).isNotNull();
                assertThat(extensions).as("extensions of %s", abbreviated(String.valueOf(error))).containsKey("field");
                String message = Objects.toString(error.get("message"), "");
                assertThat(message).as("message of %s", abbreviated(String.valueOf(error))).isNotBlank();
                INSIDES.forEach(inside -> assertThat(message).as("message of %s", abbreviated(String.valueOf(error))).doesNotContain(inside));
            }
            assertThat(body.contains("\"data\":{\"")).as("data answered in %s", abbreviated(body)).isFalse();
            return this;
        }

        Answer onField(String field) {
            errors.forEach(error -> assertThat(extensions(error).get("field")).as("field of %s", abbreviated(String.valueOf(error))).isEqualTo(field));
            return this;
        }

        /** On the field, or refused already as a variable that could not be read as its type. */
        Answer onFieldOrVariables(String field) {
            errors.forEach(error -> assertThat(extensions(error)).as("field of %s", abbreviated(String.valueOf(error))).satisfiesAnyOf(
                    extensions -> assertThat(extensions.get("field")).isEqualTo(field),
                    extensions -> assertThat(extensions.get("rule")).isEqualTo("variables.invalid")));
            return this;
        }

        Answer withRule(String rule) {
            errors.forEach(error -> assertThat(extensions(error).get("rule")).as("rule of %s", abbreviated(String.valueOf(error))).isEqualTo(rule));
            return this;
        }

        Answer withRuleAmong(String... rules) {
            errors.forEach(error -> assertThat(extensions(error).get("rule")).as("rule of %s", abbreviated(String.valueOf(error))).isIn((Object[]) rules));
            return this;
        }

        /** Enough of an answer to tell what it was, never so much that telling it fills the memory. */
        private static String abbreviated(String text) {
            return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "… (" + text.length() + " characters)";
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> extensions(Map<String, Object> error) {
            Object extensions = error.get("extensions");
            return extensions instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }
    }
}
