package dk.erhvervshuse.graphql.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on one request, against a schema of their own with small limits: each breach refuses the whole
 * request as BAD_REQUEST naming its rule, before a single resolver runs.
 */
class RequestLimitsTest {

    private static final String SCHEMA = """
            type Query {
              node(id: ID!): Node
              page(first: Int = 5, after: String): Page
            }
            type Mutation { record(input: RecordInput!): String }
            type Node { id: ID, name: String, child: Node }
            type Page { items: [Node] }
            input RecordInput { reason: String!, ids: [ID!], note: String }
            """;

    private static final RequestLimitsProperties LIMITS = new RequestLimitsProperties(4, 60, 3, 10, 8, 20,
            Duration.ofSeconds(1), DataSize.ofKilobytes(1));

    private final AtomicInteger resolved = new AtomicInteger();

    private final GraphQL graphQl = GraphQL.newGraphQL(schema())
            .instrumentation(new ChainedInstrumentation(List.of(
                    new QueryShapeLimits.Aliases(LIMITS.maxAliases()),
                    new FieldValidationInstrumentation(new ArgumentRules(LIMITS)),
                    new QueryShapeLimits.Depth(LIMITS.maxDepth()),
                    new QueryShapeLimits.Complexity(LIMITS.maxComplexity(), LIMITS.maxPageSize()))))
            .build();

    @Test
    void aQueryWithinEveryLimitIsAnswered() {
        ExecutionResult result = execute("{ node(id: \"n1\") { name child { name child { name } } } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(resolved).hasPositiveValue();
    }

    @Test
    void fieldsNestedDeeperThanAllowedAreRefusedAsQueryDepth() {
        assertRefused(execute("{ node(id: \"n1\") { child { child { child { child { name } } } } } }", Map.of()),
                null, "query.depth");
    }

    @Test
    void aPageTimesItsFieldsBeyondTheComplexityLimitIsRefused() {
        // Per entry: items, id, name, child, its id and name weigh 6; 5 entries weigh 31, 10 weigh 61.
        String fields = "items { id name child { id name } }";
        assertThat(execute("{ page(first: 5) { " + fields + " } }", Map.of()).getErrors()).isEmpty();
        resolved.set(0);
        assertRefused(execute("{ page(first: 10) { " + fields + " } }", Map.of()), null, "query.complexity");
    }

    @Test
    void moreAliasesThanAllowedAreRefusedEvenInFragments() {
        assertRefused(execute("""
                { a: node(id: "1") { ...names } b: node(id: "2") { ...names } }
                fragment names on Node { c: name d: name }
                """, Map.of()), null, "query.aliases");
    }

    @Test
    void aPageOutsideOneToTheLimitIsRefusedOnFirst() {
        assertRefused(execute("{ page(first: 11) { items { id } } }", Map.of()), "first", "first.range");
        assertRefused(execute("{ page(first: 0) { items { id } } }", Map.of()), "first", "first.range");
        assertRefused(execute("query($n: Int) { page(first: $n) { items { id } } }", Map.of("n", -3)),
                "first", "first.range");
    }

    @Test
    void anIdOrATextLongerThanAllowedIsRefusedOnItsField() {
        assertRefused(execute("{ node(id: \"123456789\") { id } }", Map.of()), "id", "id.tooLong");
        assertRefused(record(Map.of("reason", "x".repeat(21))), "reason", "reason.tooLong");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsInsideATextAreNot() {
        assertRefused(record(Map.of("reason", "a\u0000b")), "reason", "reason.controlCharacters");
        assertRefused(record(Map.of("reason", "a\u001Bb")), "reason", "reason.controlCharacters");
        assertRefused(record(Map.of("reason", "ok", "ids", List.of("a\nb"))), "ids", "ids.controlCharacters");
        assertThat(record(Map.of("reason", "line one\nline\ttwo")).getErrors()).isEmpty();
    }

    @Test
    void anUnpairedSurrogateIsRefusedAsABrokenCharacterWhileAPairedOneIsText() {
        assertRefused(record(Map.of("reason", "a\uD800b")), "reason", "reason.encoding");
        assertRefused(record(Map.of("reason", "a\uDC00")), "reason", "reason.encoding");
        assertThat(record(Map.of("reason", "smile \uD83D\uDE00")).getErrors()).isEmpty();
    }

    @Test
    void textAMutationWouldRecordMayNotBeginLikeASpreadsheetFormula() {
        for (String formula : List.of("=1+1", "+45", "-2 hours", "@SUM(A1)", "\tx", "\rx")) {
            assertRefused(record(Map.of("reason", formula)), "reason", "reason.formulaPrefix");
        }
        assertRefused(record(Map.of("reason", "fine", "ids", List.of("ok", "=x"))), "ids", "ids.formulaPrefix");
        assertThat(record(Map.of("reason", "note: -2 h =see")).getErrors()).isEmpty();
    }

    @Test
    void aQueryMayBeGivenTextThatBeginsLikeAFormulaSinceNothingIsRecorded() {
        // A cursor is base64url and may begin with '-'.
        assertThat(execute("{ page(first: 2, after: \"-abc\") { items { id } } }", Map.of()).getErrors()).isEmpty();
    }

    @Test
    void everyBreachIsToldAtOnce() {
        ExecutionResult result = record(Map.of("reason", "=x", "note", "y".repeat(21)));

        assertThat(result.getErrors()).extracting(RequestLimitsTest::rule)
                .containsExactlyInAnyOrder("reason.formulaPrefix", "note.tooLong");
        assertThat(resolved).hasValue(0);
    }

    private ExecutionResult record(Map<String, Object> input) {
        return execute("mutation($input: RecordInput!) { record(input: $input) }", Map.of("input", input));
    }

    private ExecutionResult execute(String document, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
    }

    private void assertRefused(ExecutionResult result, String field, String rule) {
        assertThat(result.getErrors()).hasSize(1);
        Map<String, Object> extensions = extensions(result.getErrors().get(0));
        assertThat(extensions).containsEntry("classification", "BAD_REQUEST").containsEntry("rule", rule)
                .containsEntry("field", field);
        assertThat(result.getErrors().get(0).getMessage()).doesNotContain("Exception", "graphql.");
        assertThat(resolved).as("resolvers run for a refused request").hasValue(0);
    }

    private static Object rule(GraphQLError error) {
        return extensions(error).get("rule");
    }

    /** The extensions as the client receives them, classification included. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(GraphQLError error) {
        return (Map<String, Object>) error.toSpecification().get("extensions");
    }

    private GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("node", environment -> node(environment.getArgument("id")))
                        .dataFetcher("page", environment -> Map.of("items", List.of(node("a"), node("b")))))
                .type("Node", type -> type.dataFetcher("child", environment -> node("child")))
                .type("Mutation", type -> type.dataFetcher("record", environment -> {
                    resolved.incrementAndGet();
                    return "recorded";
                }))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
    }

    private Map<String, Object> node(String id) {
        resolved.incrementAndGet();
        return Map.of("id", id, "name", "node " + id);
    }
}
