package dk.erhvervshuse.graphql.errors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.validation.ValidationError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * Puts graphql-java's own errors (a document that does not parse or validate, variables of the wrong type, an
 * operation that cannot run) into the registry's classifications: BAD_REQUEST with a rule
 * ({@code document.syntax}; {@code query.depth} or {@code query.size} when the parser gives up on a document too
 * deep or too large; {@code document.<what failed>}, {@code variables.invalid}, {@code operation.notSupported},
 * {@code introspection.disabled}), so a client never has to know the library's names. Errors already classified
 * (by resolvers and limits) pass unchanged.
 */
@Component
class GraphQlErrorClassification implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(GraphQlErrorClassification::isLibraryError)) {
                return response;
            }
            return response.transform(builder -> builder.errors(errors.stream()
                    .map(GraphQlErrorClassification::classified)
                    .toList()));
        });
    }

    /** Classified by graphql-java rather than by the registry (its ErrorType, or its IntrospectionDisabled). */
    private static boolean isLibraryError(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return !(type instanceof ErrorType) && !(type instanceof RegistryErrorType);
    }

    static GraphQLError classified(GraphQLError error) {
        if (!isLibraryError(error)) {
            return error;
        }
        ResultPath path = error.getPath() == null ? null : ResultPath.fromList(error.getPath());
        if (!(error.getErrorType() instanceof graphql.ErrorType library)) {
            boolean introspection = String.valueOf(error.getErrorType()).equals("IntrospectionDisabled");
            return ClassifiedErrors.error(ErrorType.BAD_REQUEST, null,
                    introspection ? "introspection.disabled" : "request.refused",
                    introspection ? "the schema is not told here: introspection is off outside development"
                            : SafeMessages.of(error.getMessage(), "the request was refused"),
                    error.getLocations(), path);
        }
        return switch (library) {
            case InvalidSyntax -> ClassifiedErrors.error(ErrorType.BAD_REQUEST, null, syntaxRule(error),
                    SafeMessages.of(error.getMessage(), "the query is not valid GraphQL"), error.getLocations(), path);
            case ValidationError -> ClassifiedErrors.error(ErrorType.BAD_REQUEST, null, validationRule(error),
                    SafeMessages.of(error.getMessage(), "the query or its variables do not fit the schema"),
                    error.getLocations(), path);
            case OperationNotSupported -> ClassifiedErrors.error(ErrorType.BAD_REQUEST, null, "operation.notSupported",
                    SafeMessages.of(error.getMessage(), "this operation cannot be run here"), error.getLocations(), path);
            case ExecutionAborted -> ClassifiedErrors.error(ErrorType.BAD_REQUEST, null, "request.aborted",
                    SafeMessages.of(error.getMessage(), "the request was refused"), error.getLocations(), path);
            case DataFetchingException, NullValueInNonNullableField -> ClassifiedErrors.error(ErrorType.INTERNAL_ERROR,
                    null, "internal", "internal error: the server could not complete the answer", error.getLocations(),
                    path);
        };
    }

    /**
     * The parser stops reading a document that nests too deep or holds too much (its own guard against denial of
     * service): that is the registry's {@code query.depth} or {@code query.size}, not a typo.
     */
    private static String syntaxRule(GraphQLError error) {
        String message = String.valueOf(error.getMessage());
        if (!message.contains("Denial Of Service")) {
            return "document.syntax";
        }
        return message.contains(" deep ") ? "query.depth" : "query.size";
    }

    /** A validation rule by its kind (document.fieldUndefined); a variable that could not be read: variables.invalid. */
    private static String validationRule(GraphQLError error) {
        if (error instanceof ValidationError validation && validation.getValidationErrorType() != null) {
            String kind = validation.getValidationErrorType().toString();
            return "document." + kind.substring(0, 1).toLowerCase(Locale.ROOT) + kind.substring(1);
        }
        return "variables.invalid";
    }
}
