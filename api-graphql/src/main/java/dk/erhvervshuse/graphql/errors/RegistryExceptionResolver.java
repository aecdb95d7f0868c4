package dk.erhvervshuse.graphql.errors;

import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.NotPermitted;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.graphql.security.Forbidden;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.ParkedEvents;
import dk.erhvervshuse.query.api.InvalidQuery;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells the client what was wrong, in the terms of the input it sent: a rejected command becomes an
 * error with the command's message and {@code extensions: {field, rule}}; anything unforeseen becomes
 * INTERNAL_ERROR with a reference to the server's log and nothing of the server's insides.
 * <p>
 * Runs before Spring's own resolvers and answers every exception, so that none of them can put an
 * exception's class name into a response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RegistryExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(RegistryExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        Throwable failure = Failures.unwrap(exception);
        if (failure instanceof CommandRejected rejected) {
            return error(environment, classificationOf(rejected), rejected.getMessage(), rejected.field(), rejected.rule());
        }
        if (failure instanceof BuildRejected rejected) {
            return error(environment, rejected.kind() == BuildRejected.Kind.NOT_FOUND ? ErrorType.NOT_FOUND
                    : RegistryErrorType.CONFLICT, rejected.getMessage(), rejected.field(), rejected.rule());
        }
        if (failure instanceof ParkedEvents.NotProcessedHere elsewhere) {
            return error(environment, RegistryErrorType.CONFLICT, elsewhere.getMessage(), "processingGroup",
                    "deadLetters.processedElsewhere");
        }
        if (failure instanceof Forbidden forbidden) {
            return error(environment, ErrorType.FORBIDDEN, forbidden.getMessage(), forbidden.field(), forbidden.rule());
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return error(environment, ErrorType.NOT_FOUND,
                    "guidance case " + notFound.getAggregateIdentifier() + " was never opened", "caseId", "caseId.notFound");
        }
        if (failure instanceof AggregateStreamCreationException) {
            return error(environment, RegistryErrorType.CONFLICT,
                    "the case is already open: its id is taken", "caseId", "caseId.alreadyExists");
        }
        if (failure instanceof ConcurrencyException) {
            return error(environment, RegistryErrorType.CONFLICT,
                    "the case was changed by someone else at the same moment; retry", null, "concurrentChange");
        }
        if (failure instanceof BindException binding) {
            FieldError first = binding.getFieldError();
            return error(environment, ErrorType.BAD_REQUEST, describe(binding),
                    first != null ? first.getField() : null, "input.binding");
        }
        if (failure instanceof InvalidQuery invalid) {
            return error(environment, ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.field(), invalid.rule());
        }
        if (failure instanceof IllegalArgumentException invalid) {
            // Ours say what was wrong with the input; one from deeper down may name a class, and is not repeated.
            String message = SafeMessages.of(invalid.getMessage(), "invalid input");
            return error(environment, ErrorType.BAD_REQUEST, message, fieldNamedBy(message), "input.invalid");
        }
        if (failure instanceof AccessDeniedException) {
            return error(environment, ErrorType.FORBIDDEN, "access denied", null, "access.denied");
        }
        if (failure instanceof AuthenticationException) {
            return error(environment, ErrorType.UNAUTHORIZED, "authentication required", null, "authentication.required");
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure at {} (reference {})", environment.getExecutionStepInfo().getPath(), reference,
                exception);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("internal error; the server has logged it under reference " + reference)
                .extensions(Map.of("reference", reference))
                .build();
    }

    /** The field a message names first, as the query side writes them ({@code "upTo.position: …"}); else null. */
    static String fieldNamedBy(String message) {
        if (message == null) {
            return null;
        }
        Matcher named = FIELD_FIRST.matcher(message);
        return named.lookingAt() ? named.group(1) : null;
    }

    private static final Pattern FIELD_FIRST = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*): ");

    private static ErrorClassification classificationOf(CommandRejected rejected) {
        if (rejected instanceof InvalidInput) {
            return ErrorType.BAD_REQUEST;
        }
        if (rejected instanceof NotFound) {
            return ErrorType.NOT_FOUND;
        }
        if (rejected instanceof StateConflict) {
            return RegistryErrorType.CONFLICT;
        }
        if (rejected instanceof NotPermitted) {
            return ErrorType.FORBIDDEN;
        }
        return ErrorType.BAD_REQUEST;
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification classification,
                                      String message, String field, String rule) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", field);
        extensions.put("rule", rule);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(classification)
                .message(message)
                .extensions(extensions)
                .build();
    }

    private static String describe(BindException binding) {
        return binding.getFieldErrors().stream()
                .map(error -> error.getField() + " has an invalid value")
                .collect(Collectors.joining("; "));
    }
}
