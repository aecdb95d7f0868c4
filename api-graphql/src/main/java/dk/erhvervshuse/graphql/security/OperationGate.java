package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.graphql.security.AccessPolicy.Access;
import dk.erhvervshuse.graphql.security.AccessPolicy.Scope;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts {@link AccessPolicy} in front of every query, mutation and subscription: each root field's resolver is
 * wrapped, when the schema is built, by a check of the current user's role and house against the operation's
 * line in the policy. It runs before the resolver, so a refused request reads and writes nothing. An operation
 * the policy does not list is refused to everyone, and named in a warning at start-up.
 * <p>
 * Spring for GraphQL wraps these wrappers again to carry the request's security context, so the check sees
 * the user of the request (over HTTP) or of the WebSocket handshake (for subscriptions).
 */
@Component
class OperationGate implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(OperationGate.class);
    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final CurrentActor currentActor;
    private final HouseScope houseScope;

    OperationGate(CurrentActor currentActor, HouseScope houseScope) {
        this.currentActor = currentActor;
        this.houseScope = houseScope;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(new RootFieldVisitor()));
    }

    /** Refuses the request unless the current user may call the operation for what its arguments name. */
    void check(String operation, DataFetchingEnvironment environment) {
        Access access = AccessPolicy.of(operation).orElseThrow(() -> new Forbidden(null, "operation.unlisted",
                operation + " is not in the registry's access policy, so nobody may call it yet"));
        Actor actor = currentActor.get();
        access.family().requireRole(actor, operation);
        if (!actor.role().actsForAHouse()) {
            return;
        }
        Scope scope = access.scope();
        if (scope instanceof Scope.HouseArgument house) {
            houseScope.requireHouse(actor, text(argument(environment, house.path())), leaf(house.path()));
        } else if (scope instanceof Scope.CaseArgument guidanceCase) {
            houseScope.requireCase(actor, text(argument(environment, guidanceCase.path())), leaf(guidanceCase.path()));
        } else if (scope instanceof Scope.CompanyArgument company) {
            houseScope.requireCompany(actor, text(argument(environment, company.path())), leaf(company.path()));
        } else if (scope instanceof Scope.AuditFilterArgument filter) {
            houseScope.requireCase(actor, text(argument(environment, filter.path() + ".caseId")), "caseId");
            houseScope.requireCompany(actor, text(argument(environment, filter.path() + ".cvr")), "cvr");
        }
    }

    /** The argument at a path such as {@code input.caseId}; null when any step of it is absent. */
    static Object argument(DataFetchingEnvironment environment, String path) {
        String[] steps = path.split("\\.");
        Object value = environment.getArgument(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(steps[i]) : null;
        }
        return value;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Wraps the resolver of every field of the root types. */
    private final class RootFieldVisitor extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            if (context.getParentNode() instanceof GraphQLObjectType parent && ROOT_TYPES.contains(parent.getName())) {
                String operation = parent.getName() + "." + field.getName();
                if (AccessPolicy.of(operation).isEmpty()) {
                    log.warn("{} has no line in the access policy (AccessPolicy): it is refused to everyone", operation);
                }
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                registry.dataFetcher(coordinates, guarded(operation, registry.getDataFetcher(coordinates, field)));
            }
            return TraversalControl.CONTINUE;
        }
    }

    private DataFetcher<?> guarded(String operation, DataFetcher<?> resolver) {
        return resolver instanceof SelfDescribingDataFetcher<?> described
                ? new DescribedGuardedResolver(operation, described)
                : new GuardedResolver(operation, resolver);
    }

    private class GuardedResolver implements DataFetcher<Object> {

        private final String operation;
        private final DataFetcher<?> resolver;

        GuardedResolver(String operation, DataFetcher<?> resolver) {
            this.operation = operation;
            this.resolver = resolver;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            check(operation, environment);
            return resolver.get(environment);
        }
    }

    /** Keeps what Spring knows of an annotated resolver (its return type), for its schema inspection. */
    private final class DescribedGuardedResolver extends GuardedResolver implements SelfDescribingDataFetcher<Object> {

        private final SelfDescribingDataFetcher<?> described;

        DescribedGuardedResolver(String operation, SelfDescribingDataFetcher<?> described) {
            super(operation, described);
            this.described = described;
        }

        @Override
        public String getDescription() {
            return described.getDescription();
        }

        @Override
        public ResolvableType getReturnType() {
            return described.getReturnType();
        }

        @Override
        public Map<String, ResolvableType> getArguments() {
            return described.getArguments();
        }

        @Override
        public boolean usesDataLoader() {
            return described.usesDataLoader();
        }
    }
}
