package dk.erhvervshuse.graphql.errors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.springframework.graphql.execution.ErrorType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors in the registry's one shape: {@code extensions.classification} (BAD_REQUEST, NOT_FOUND, CONFLICT,
 * FORBIDDEN, INTERNAL_ERROR), {@code extensions.field} (the input at fault, or null) and
 * {@code extensions.rule} (a stable name a client may act on), for errors raised outside a resolver.
 */
public final class ClassifiedErrors {

    private ClassifiedErrors() {
    }

    /** The request itself is wrong: too deep, too big, a value no operation accepts. */
    public static GraphQLError badRequest(String field, String rule, String message) {
        return error(ErrorType.BAD_REQUEST, field, rule, message, null, null);
    }

    public static GraphQLError error(ErrorClassification classification, String field, String rule, String message,
                                     List<SourceLocation> locations, ResultPath path) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", field);
        extensions.put("rule", rule);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .errorType(classification)
                .message(message)
                .extensions(extensions);
        if (locations != null && !locations.isEmpty()) {
            builder.locations(locations);
        }
        if (path != null) {
            builder.path(path);
        }
        return builder.build();
    }
}
