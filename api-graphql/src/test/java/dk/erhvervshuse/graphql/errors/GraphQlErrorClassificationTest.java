package dk.erhvervshuse.graphql.errors;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql-java's own errors reach a client in the registry's classifications, never in the library's terms. */
class GraphQlErrorClassificationTest {

    @Test
    void aDocumentThatDoesNotParseIsABadRequestOfSyntax() {
        GraphQLError error = GraphQlErrorClassification.classified(new InvalidSyntaxError(
                List.of(new SourceLocation(1, 3)), "Invalid syntax with offending token '}' at line 1 column 3"));

        assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("rule", "document.syntax").containsKey("field");
        assertThat(error.getLocations()).containsExactly(new SourceLocation(1, 3));
    }

    @Test
    void aDocumentTheParserGivesUpOnIsTooDeepOrTooLargeRatherThanMistyped() {
        GraphQLError deep = GraphQlErrorClassification.classified(new InvalidSyntaxError(List.of(),
                "More than 500 deep 'grammar' rules have been entered. To prevent Denial Of Service attacks, parsing "
                        + "has been cancelled."));
        GraphQLError large = GraphQlErrorClassification.classified(new InvalidSyntaxError(List.of(),
                "More than 15,000 'grammar' tokens have been presented. To prevent Denial Of Service attacks, parsing "
                        + "has been cancelled."));

        assertThat(extensions(deep)).containsEntry("classification", "BAD_REQUEST").containsEntry("rule", "query.depth");
        assertThat(extensions(large)).containsEntry("classification", "BAD_REQUEST").containsEntry("rule", "query.size");
    }

    @Test
    void aDocumentThatDoesNotValidateIsABadRequestNamingWhatFailed() {
        GraphQLError error = GraphQlErrorClassification.classified(ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Field 'nope' in type 'Query' is undefined")
                .build());

        assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("rule", "document.fieldUndefined");
        assertThat(error.getMessage()).contains("nope");
    }

    @Test
    void aVariableOfTheWrongTypeIsABadRequestOfVariables() {
        GraphQLError error = GraphQlErrorClassification.classified(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ValidationError)
                .message("Variable 'y' has an invalid value: Expected a value that can be converted to type 'Int'")
                .build());

        assertThat(extensions(error)).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("rule", "variables.invalid");
    }

    @Test
    void aLibraryMessageNamingAJavaClassIsReplacedByAPlainOne() {
        GraphQLError error = GraphQlErrorClassification.classified(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ValidationError)
                .message("Variable 'y' has an invalid value: java.lang.NumberFormatException: For input string")
                .build());

        assertThat(error.getMessage()).isEqualTo("the query or its variables do not fit the schema");
    }

    @Test
    void anErrorTheRegistryAlreadyClassifiedPassesUnchanged() {
        GraphQLError classified = ClassifiedErrors.badRequest("first", "first.range", "first must be between 1 and 500");

        assertThat(GraphQlErrorClassification.classified(classified)).isSameAs(classified);
    }

    @Test
    void aNullInANonNullFieldIsTheServersFaultAndSaysNothingOfItsInsides() {
        GraphQLError error = GraphQlErrorClassification.classified(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.NullValueInNonNullableField)
                .message("The field at path '/dashboard/goals' was declared as a non null type, but the code involved "
                        + "in retrieving data has wrongly returned a null value")
                .build());

        assertThat(extensions(error)).containsEntry("classification", "INTERNAL_ERROR");
        assertThat(error.getMessage()).doesNotContain("code", "path");
    }

    @Test
    void plainMessagesPassAndMessagesWithTheServersInsidesDoNot() {
        Map<String, Boolean> passes = Map.of(
                "cvr 24256791 fails the modulus-11 check", true,
                "unknown goal goal5.growth.revenue of definition goal5/v1", true,
                "No enum constant dk.erhvervshuse.events.common.House.X", false,
                "java.lang.IllegalStateException: closed", false,
                "state should be: open\n\tat com.mongodb.assertions.Assertions.isTrue(Assertions.java:5)", false);
        passes.forEach((message, plain) -> assertThat(SafeMessages.of(message, "plain"))
                .as(message).isEqualTo(plain ? message : "plain"));
    }

    /** The extensions as the client receives them, classification included. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }
}
