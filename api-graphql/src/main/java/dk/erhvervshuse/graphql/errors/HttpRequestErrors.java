package dk.erhvervshuse.graphql.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.json.JsonWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request to {@code /graphql} that never becomes a GraphQL request (a body that is not JSON, not an object, has
 * no query, or variables that are not an object; another content type or method) is answered in the same shape
 * as every other error: {@code {"errors": [{"message", "extensions": {classification, field, rule}}]}} with the
 * HTTP status that fits, and never with the server's insides.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HttpRequestErrors implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(HttpRequestErrors.class);
    private static final JsonWriter<Map<String, Object>> JSON = JsonWriter.standard();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        String path = request.getRequestURI();
        if (path == null || !(path.equals("/graphql") || path.startsWith("/graphql/"))) {
            return null;
        }
        try {
            HttpStatusCode status = statusOf(failure);
            if (status.is4xxClientError()) {
                write(response, status, ruleOf(status), messageOf(status));
            } else {
                String reference = UUID.randomUUID().toString();
                log.error("Unexpected failure serving {} (reference {})", path, reference, failure);
                writeInternal(response, reference);
            }
            return new ModelAndView();
        } catch (IOException writing) {
            log.warn("could not write the error of a request to {}", path, writing);
            return null;
        }
    }

    /** Writes one classified error as the whole response. */
    public static void write(HttpServletResponse response, HttpStatusCode status, String rule, String message)
            throws IOException {
        send(response, status, body(status, rule, message));
    }

    /** The JSON of one classified error answering a request that failed before GraphQL saw it. */
    static String body(HttpStatusCode status, String rule, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", status.value() >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
        extensions.put("field", null);
        extensions.put("rule", rule);
        return body(message, extensions);
    }

    static String ruleOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "request.notFound";
            case 405 -> "request.method";
            case 406 -> "request.accept";
            case 413 -> "request.tooLarge";
            case 415 -> "request.mediaType";
            default -> "request.body";
        };
    }

    static String messageOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "nothing is served here: send GraphQL requests to POST /graphql";
            case 405 -> "send GraphQL requests with POST";
            case 406 -> "the response is JSON: accept application/json or application/graphql-response+json";
            case 413 -> "the request body is too large";
            case 415 -> "send the request as application/json";
            default -> "the request body is not a GraphQL request: send a JSON object "
                    + "{\"query\": \"…\", \"operationName\": \"…\", \"variables\": {…}} of at most the allowed size";
        };
    }

    private static void writeInternal(HttpServletResponse response, String reference) throws IOException {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", "INTERNAL_ERROR");
        extensions.put("reference", reference);
        send(response, HttpStatus.INTERNAL_SERVER_ERROR,
                body("internal error; the server has logged it under reference " + reference, extensions));
    }

    private static String body(String message, Map<String, Object> extensions) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        return JSON.writeToString(body);
    }

    private static void send(HttpServletResponse response, HttpStatusCode status, String body) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
        response.flushBuffer();
    }

    private static HttpStatusCode statusOf(Exception failure) {
        if (failure instanceof ErrorResponse described) {
            return described.getStatusCode();
        }
        if (failure instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
