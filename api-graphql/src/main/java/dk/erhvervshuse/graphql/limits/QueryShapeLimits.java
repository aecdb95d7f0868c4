package dk.erhvervshuse.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;

import java.util.List;

import static dk.erhvervshuse.graphql.errors.ClassifiedErrors.badRequest;

/**
 * Limits on the shape of a query, each refusing the whole request as BAD_REQUEST with its own rule before any
 * resolver runs: {@code query.depth}, {@code query.complexity}, {@code query.aliases}. graphql-java's own
 * instrumentations measure depth and complexity; only their refusal is told in the registry's terms.
 */
final class QueryShapeLimits {

    private QueryShapeLimits() {
    }

    /** Nesting: guidanceCase { company { cases { company { … } } } } can otherwise go on for ever. */
    static final class Depth extends MaxQueryDepthInstrumentation {

        Depth(int maxDepth) {
            super(maxDepth);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new AbortExecutionException(List.of(badRequest(null, "query.depth",
                    "the query nests fields " + depth + " deep; at most " + maxDepth + " levels are allowed")));
        }
    }

    /**
     * How many values an answer may hold: every field counts one, and the fields under a connection count
     * once per entry asked for ({@code first}), so that 500 audit entries of 20 fields weigh 10,000.
     */
    static final class Complexity extends MaxQueryComplexityInstrumentation {

        Complexity(int maxComplexity, int maxPageSize) {
            super(maxComplexity, perEntryAskedFor(maxPageSize));
        }

        private static FieldComplexityCalculator perEntryAskedFor(int maxPageSize) {
            return (environment, childComplexity) -> {
                Object first = environment.getArguments().get("first");
                long entries = first instanceof Number number ? Math.max(1, Math.min(number.longValue(), maxPageSize)) : 1;
                return (int) Math.min(Integer.MAX_VALUE, 1 + childComplexity * entries);
            };
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new AbortExecutionException(List.of(badRequest(null, "query.complexity",
                    "the query asks for about " + complexity + " values; at most " + maxComplexity
                            + " are allowed in one request: ask for fewer fields or smaller pages")));
        }
    }

    /**
     * Aliases let one request ask the same costly field many times over ({@code a1: auditTrail … a500:
     * auditTrail …}). Counted in the document as sent, before it is even validated.
     */
    static final class Aliases extends SimplePerformantInstrumentation {

        private final int maxAliases;

        Aliases(int maxAliases) {
            this.maxAliases = maxAliases;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                             InstrumentationState state) {
            int aliases = count(parameters.getDocument());
            if (aliases > maxAliases) {
                throw new AbortExecutionException(List.of(badRequest(null, "query.aliases",
                        "the query has " + aliases + " aliased fields; at most " + maxAliases + " are allowed")));
            }
            return super.beginValidation(parameters, state);
        }

        static int count(Document document) {
            int aliases = 0;
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof OperationDefinition operation) {
                    aliases += count(operation.getSelectionSet());
                } else if (definition instanceof FragmentDefinition fragment) {
                    aliases += count(fragment.getSelectionSet());
                }
            }
            return aliases;
        }

        private static int count(SelectionSet selections) {
            if (selections == null) {
                return 0;
            }
            int aliases = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    aliases += (field.getAlias() != null ? 1 : 0) + count(field.getSelectionSet());
                } else if (selection instanceof InlineFragment fragment) {
                    aliases += count(fragment.getSelectionSet());
                }
            }
            return aliases;
        }
    }
}
