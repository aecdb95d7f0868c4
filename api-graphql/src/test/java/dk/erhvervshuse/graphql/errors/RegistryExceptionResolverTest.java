package dk.erhvervshuse.graphql.errors;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.graphql.security.Forbidden;
import dk.erhvervshuse.query.api.InvalidQuery;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever went wrong, the client learns what to fix in its own terms, and never the server's insides. */
class RegistryExceptionResolverTest {

    private final RegistryExceptionResolver resolver = new RegistryExceptionResolver();

    private static DataFetchingEnvironment environment() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("openGuidanceCase").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("openGuidanceCase"))
                        .build())
                .build();
    }

    private GraphQLError resolve(Throwable failure) {
        List<GraphQLError> errors = resolver.resolveException(failure, environment()).block();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static Map<String, Object> specification(GraphQLError error) {
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) error.toSpecification().get("extensions");
        return extensions;
    }

    @Test
    void invalidInputIsABadRequestNamingTheFieldAndTheRule() {
        GraphQLError error = resolve(new InvalidInput("cvr", "cvr.modulus11", "cvr 24256791 fails the modulus-11 check"));

        assertThat(error.getMessage()).isEqualTo("cvr 24256791 fails the modulus-11 check");
        assertThat(specification(error)).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("field", "cvr").containsEntry("rule", "cvr.modulus11");
    }

    @Test
    void aRejectionWrappedByAxonIsUnwrapped() {
        GraphQLError error = resolve(new CommandExecutionException("handler failed",
                new NotFound("meetingId", "meetingId.unknown", "case c-1 has no meeting m-9")));

        assertThat(error.getMessage()).isEqualTo("case c-1 has no meeting m-9");
        assertThat(specification(error)).containsEntry("classification", "NOT_FOUND")
                .containsEntry("field", "meetingId");
    }

    @Test
    void aStateConflictIsAConflict() {
        GraphQLError error = resolve(new StateConflict(null, "case.closed", "case c-1 was closed on 2025-01-02"));

        assertThat(specification(error)).containsEntry("classification", "CONFLICT").containsEntry("rule", "case.closed");
    }

    @Test
    void aCaseAxonCannotFindWasNeverOpened() {
        GraphQLError error = resolve(new AggregateNotFoundException("c-404", "The aggregate was not found"));

        assertThat(error.getMessage()).isEqualTo("guidance case c-404 was never opened");
        assertThat(specification(error)).containsEntry("classification", "NOT_FOUND");
    }

    @Test
    void aConcurrentChangeIsAConflictToRetry() {
        GraphQLError error = resolve(new ConcurrencyException("sequence 3 already taken"));

        assertThat(error.getMessage()).contains("someone else").contains("retry");
        assertThat(specification(error)).containsEntry("classification", "CONFLICT");
    }

    @Test
    void aForbiddenActIsForbidden() {
        GraphQLError error = resolve(new Forbidden("house", "house.notOwn", "adviser.fyn acts for FYN"));

        assertThat(specification(error)).containsEntry("classification", "FORBIDDEN").containsEntry("field", "house");
    }

    @Test
    void anIllegalArgumentFromAQueryIsABadRequestWithItsMessage() {
        GraphQLError error = resolve(new IllegalArgumentException("after: 'x' is not a cursor of this audit trail"));

        assertThat(error.getMessage()).isEqualTo("after: 'x' is not a cursor of this audit trail");
        assertThat(specification(error)).containsEntry("classification", "BAD_REQUEST");
    }

    @Test
    void aQueryAskedWronglyIsABadRequestNamingTheArgumentAndTheRule() {
        GraphQLError error = resolve(new InvalidQuery("filter.eventTypes", "eventType.unknown",
                "filter.eventTypes: 'MeetingHeld' is not an event type of the log"));

        assertThat(error.getMessage()).isEqualTo("filter.eventTypes: 'MeetingHeld' is not an event type of the log");
        assertThat(specification(error)).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("field", "filter.eventTypes").containsEntry("rule", "eventType.unknown");
    }

    @Test
    void anIllegalArgumentFromDeeperDownIsABadRequestThatDoesNotRepeatAClassName() {
        GraphQLError error = resolve(new IllegalArgumentException(
                "No enum constant dk.erhvervshuse.events.common.House.ATLANTIS"));

        assertThat(error.getMessage()).isEqualTo("invalid input");
        assertThat(specification(error)).containsEntry("classification", "BAD_REQUEST");
    }

    @Test
    void anythingUnforeseenIsAnInternalErrorWithoutClassNamesOrStackTraces() {
        GraphQLError error = resolve(new NullPointerException("Cannot invoke \"dk.erhvervshuse.Secret.x()\""));

        assertThat(error.getMessage()).startsWith("internal error").doesNotContain("NullPointer", "dk.erhvervshuse", "Secret");
        assertThat(specification(error)).containsEntry("classification", "INTERNAL_ERROR")
                .containsOnlyKeys("classification", "reference");
    }
}
