package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.graphql.support.Registrations;
import dk.erhvervshuse.graphql.support.RegistryClient;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static dk.erhvervshuse.graphql.security.Role.ADMINISTRATOR;
import static dk.erhvervshuse.graphql.security.Role.ADVISER;
import static dk.erhvervshuse.graphql.security.Role.BOARD_CHAIR;
import static dk.erhvervshuse.graphql.security.Role.BUSINESS_AUTHORITY_ANALYST;
import static dk.erhvervshuse.graphql.security.Role.HOUSE_MANAGER;
import static dk.erhvervshuse.graphql.security.Role.KKR_CHAIR;
import static dk.erhvervshuse.graphql.security.Role.MINISTRY_AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every operation of the running schema: allowed, or FORBIDDEN. House roles act as users of
 * Fyn, once on Fyn's own case, company, contract or dashboard and once on Hovedstaden's, which they must never
 * be given. The schema's operations are read from the running application, so an operation added to the schema
 * without a row here fails with its name.
 * <p>
 * The expectations are this test's own, written from the permissions the agreement implies (not read from the
 * application's policy), one row per operation. A permitted mutation is sent with input the command side then
 * refuses on its merits (a CVR failing modulus 11, a year outside the agreement), so the matrix writes nothing:
 * what matters is that it got past the door, i.e. was not refused as FORBIDDEN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthorizationMatrixTest {

    private static final Set<Role> STAFF = EnumSet.of(ADVISER, HOUSE_MANAGER);
    private static final Set<Role> CHAIRS = EnumSet.of(KKR_CHAIR, BOARD_CHAIR);
    private static final Set<Role> NATIONAL_READERS = EnumSet.of(BUSINESS_AUTHORITY_ANALYST, MINISTRY_AUDITOR, ADMINISTRATOR);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> OPERATORS = EnumSet.of(BUSINESS_AUTHORITY_ANALYST, ADMINISTRATOR);
    private static final Set<Role> SUPERVISION = EnumSet.of(BUSINESS_AUTHORITY_ANALYST, MINISTRY_AUDITOR);

    /** Who acts in each role; the house roles are Fyn's people. */
    private static final Map<Role, String> USERS = Map.of(
            ADVISER, RegistryClient.ADVISER_FYN,
            HOUSE_MANAGER, RegistryClient.MANAGER_FYN,
            KKR_CHAIR, RegistryClient.KKR_FYN,
            BOARD_CHAIR, RegistryClient.BOARD_FYN,
            BUSINESS_AUTHORITY_ANALYST, RegistryClient.ANALYST,
            MINISTRY_AUDITOR, RegistryClient.AUDITOR,
            ADMINISTRATOR, RegistryClient.ADMINISTRATOR);

    private static final Target FYN = new Target("FYN", "matrix-fyn-case", RegistryClient.CVR);
    private static final Target HOVEDSTADEN = new Target("HOVEDSTADEN", "matrix-hovedstaden-case", RegistryClient.OTHER_CVR);
    private static final int YEAR = 2025;

    /**
     * The matrix: one row per operation of the schema, saying who may call it. HOUSE rows are also tried on the
     * other house, where every house role must be refused; NATIONAL rows have no house to be refused for.
     */
    private static final List<Row> MATRIX = List.of(
            // reading
            row("Query.guidanceCase", Scope.HOUSE, union(STAFF, NATIONAL_READERS), (t, r) -> request(
                    "query($id: ID!) { guidanceCase(id: $id) { caseId } }", "id", t.caseId())),
            row("Query.company", Scope.HOUSE, union(STAFF, NATIONAL_READERS), (t, r) -> request(
                    "query($cvr: String!) { company(cvr: $cvr) { cvr cases { caseId } } }", "cvr", t.cvr())),
            row("Query.auditTrail", Scope.HOUSE, union(STAFF, NATIONAL_READERS), (t, r) -> request(
                    "query($caseId: ID) { auditTrail(filter: {caseId: $caseId}, first: 5) { edges { node { eventType } } } }",
                    "caseId", t.caseId())),
            row("Query.explainGoal", Scope.HOUSE, union(STAFF, NATIONAL_READERS), (t, r) -> request(
                    "query($house: House!) { explainGoal(house: $house, year: 2025, goal: \"goal1\", first: 5) { totalCount } }",
                    "house", t.house())),
            row("Query.dashboard", Scope.HOUSE, EVERYONE, (t, r) -> request(
                    "query($house: House!) { dashboard(house: $house, year: 2025) { house } }", "house", t.house())),
            row("Query.resultContract", Scope.HOUSE, EVERYONE, (t, r) -> request(
                    "query($house: House!) { resultContract(house: $house, year: 2025) { status } }", "house", t.house())),
            row("Query.nationalDashboard", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "{ nationalDashboard(year: 2025) { year } }")),
            row("Query.signedInUser", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "{ signedInUser { userId role house operations } }")),
            row("Subscription.dashboardChanged", Scope.HOUSE, EVERYONE, (t, r) -> request(
                    "subscription($house: House!) { dashboardChanged(house: $house, year: 2025) { house } }",
                    "house", t.house())),
            // guidance (§9): the house's advisers and management
            row("Mutation.openGuidanceCase", Scope.HOUSE, STAFF, (t, r) -> mutation("openGuidanceCase", input(
                    "house", t.house(), "office", "HEAD_OFFICE", "cvr", RegistryClient.INVALID_CVR,
                    "pNumber", RegistryClient.P_NUMBER, "foundedOn", "2023-01-01", "segment", "GROWTH",
                    "themes", List.of("CAPITAL")))),
            row("Mutation.recordGuidanceMeeting", Scope.HOUSE, STAFF, (t, r) -> mutation("recordGuidanceMeeting", input(
                    "caseId", t.caseId(), "form", "PHYSICAL", "hours", "0", "themes", List.of("CAPITAL"),
                    "heldOn", today().toString()))),
            row("Mutation.correctGuidanceMeeting", Scope.HOUSE, STAFF, (t, r) -> mutation("correctGuidanceMeeting", input(
                    "caseId", t.caseId(), "meetingId", "never-recorded", "adviserId", "someone", "form", "PHYSICAL",
                    "hours", "1", "themes", List.of("CAPITAL"), "heldOn", today().toString(), "reason", "matrix"))),
            row("Mutation.withdrawGuidanceMeeting", Scope.HOUSE, STAFF, (t, r) -> mutation("withdrawGuidanceMeeting", input(
                    "caseId", t.caseId(), "meetingId", "never-recorded", "reason", "matrix"))),
            row("Mutation.referCompany", Scope.HOUSE, STAFF, (t, r) -> mutation("referCompany", input(
                    "caseId", t.caseId(), "partner", "PRIVATE_ADVISER"))),
            row("Mutation.recordUserEvaluation", Scope.HOUSE, STAFF, (t, r) -> mutation("recordUserEvaluation", input(
                    "caseId", t.caseId(), "recommendScore", 11))),
            row("Mutation.correctCaseRegistration", Scope.HOUSE, STAFF, (t, r) -> mutation("correctCaseRegistration", input(
                    "caseId", t.caseId(), "reason", "nothing changes"))),
            row("Mutation.closeGuidanceCase", Scope.HOUSE, STAFF, (t, r) -> mutation("closeGuidanceCase", input(
                    "caseId", t.caseId(), "closedOn", today().plusYears(1).toString()))),
            // the 20-hour rule (§5.1): management
            row("Mutation.recordManagementDecision", Scope.HOUSE, EnumSet.of(HOUSE_MANAGER), (t, r) -> mutation(
                    "recordManagementDecision", input("house", t.house(), "cvr", t.cvr(), "requirementId", "never-required",
                            "continueGuidance", true, "justification", "matrix"))),
            // the result contract (§8.2): the two chairs
            row("Mutation.proposeResultContract", Scope.HOUSE, CHAIRS, (t, r) -> mutation("proposeResultContract",
                    input("house", t.house(), "year", 2030))),
            row("Mutation.signResultContract", Scope.HOUSE, CHAIRS, (t, r) -> mutation("signResultContract",
                    input("house", t.house(), "year", 2030, "party", r == BOARD_CHAIR ? "BOARD_CHAIR" : "KKR_CHAIR"))),
            row("Mutation.amendResultContract", Scope.HOUSE, CHAIRS, (t, r) -> mutation("amendResultContract", input(
                    "house", t.house(), "year", 2030, "goals", List.of(), "reason", "matrix", "agreedBy", List.of("x")))),
            // the Business Authority's data (§9)
            row("Mutation.deliverAwarenessSurvey", Scope.NATIONAL, EnumSet.of(BUSINESS_AUTHORITY_ANALYST),
                    (t, r) -> mutation("deliverAwarenessSurvey",
                            Registrations.surveyInput("FYN", YEAR, "101", "60", 300, "FINAL", "2026-01-15"))),
            row("Mutation.deliverCompanyAccounts", Scope.NATIONAL, EnumSet.of(BUSINESS_AUTHORITY_ANALYST),
                    (t, r) -> mutation("deliverCompanyAccounts", input("cvr", RegistryClient.INVALID_CVR, "year", YEAR,
                            "revenue", "1000", "fullTimeEmployees", "2", "grossProfit", "100", "status", "FINAL"))),
            row("Mutation.deliverControlGroupGrowth", Scope.NATIONAL, EnumSet.of(BUSINESS_AUTHORITY_ANALYST),
                    (t, r) -> mutation("deliverControlGroupGrowth", input("segment", "GROWTH", "year", YEAR,
                            "revenueGrowthPercent", "5000", "employmentGrowthPercent", "1",
                            "revenuePerEmployeeGrowthPercent", "1", "grossProfitPerEmployeeGrowthPercent", "1",
                            "status", "FINAL"))),
            // definition sets and dashboard builds: refused on their merits (an unknown set or build) when allowed
            row("Query.definitionSets", Scope.NATIONAL, EVERYONE, (t, r) -> request("{ definitionSets { id } }")),
            row("Query.dashboardBuilds", Scope.NATIONAL, EVERYONE, (t, r) -> request("{ dashboardBuilds { id } }")),
            row("Query.dashboardBuild", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "{ dashboardBuild(id: \"v1\") { status } }")),
            row("Subscription.dashboardBuildProgress", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "subscription { dashboardBuildProgress(id: \"v1\") { status } }")),
            row("Query.dashboardDiff", Scope.NATIONAL, NATIONAL_READERS, (t, r) -> request(
                    "query($house: House) { dashboardDiff(from: \"v1\", to: \"v1\", year: 2025, house: $house) { year } }",
                    "house", t.house())),
            row("Mutation.startDashboardBuild", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: StartDashboardBuildInput!) { startDashboardBuild(input: $input) { build { id } } }", "input", input("definitionSet", "v9"))),
            row("Mutation.cancelDashboardBuild", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: DashboardBuildInput!) { cancelDashboardBuild(input: $input) { build { id } } }", "input", input("build", "none-1"))),
            row("Mutation.promoteDashboardBuild", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: DashboardBuildInput!) { promoteDashboardBuild(input: $input) { build { id } } }", "input", input("build", "none-1"))),
            row("Mutation.retireDashboardBuild", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: DashboardBuildInput!) { retireDashboardBuild(input: $input) { build { id } } }", "input", input("build", "none-1"))),
            // parked events: seen by operators and supervision, retried or evicted by operators; a permitted
            // retry or eviction names a projection that does not exist, and is refused on that
            row("Query.deadLetters", Scope.NATIONAL, union(OPERATORS, SUPERVISION), (t, r) -> request(
                    "{ deadLetters { processingGroup parkedEvents } }")),
            row("Mutation.retryDeadLetters", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: RetryDeadLettersInput!) { retryDeadLetters(input: $input) { applied } }",
                    "input", input("processingGroup", "no-such-projection", "sequenceId", "company:12345674"))),
            row("Mutation.evictDeadLetter", Scope.NATIONAL, OPERATORS, (t, r) -> request(
                    "mutation($input: EvictDeadLetterInput!) { evictDeadLetter(input: $input) { evicted } }",
                    "input", input("processingGroup", "no-such-projection", "position", 1))),
            // supervision (§10.2)
            row("Query.verifyAuditChain", Scope.NATIONAL, SUPERVISION, (t, r) -> request(
                    "{ verifyAuditChain(from: 1, to: 1) { verified } }")),
            row("Query.auditCheckpoints", Scope.NATIONAL, SUPERVISION, (t, r) -> request(
                    "{ auditCheckpoints(from: \"2026-01-01\", to: \"2026-01-02\") { position } }")),
            row("Query.compliance", Scope.HOUSE, union(EnumSet.of(HOUSE_MANAGER), SUPERVISION), (t, r) -> request(
                    "query($house: House!) { compliance(house: $house, year: 2025) { year } }", "house", t.house())),
            // the yearly reports (§9); a seal is refused on its merits (a year not over) when allowed
            row("Query.yearlyReport", Scope.HOUSE, EVERYONE, (t, r) -> request(
                    "query($house: House!) { yearlyReport(house: $house, year: 2025) { reportId } }", "house", t.house())),
            row("Query.nationalReport", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "{ nationalReport(year: 2025) { reportId } }")),
            row("Query.sealedReports", Scope.HOUSE, EVERYONE, (t, r) -> request(
                    "query($house: House) { sealedReports(house: $house, year: 2025) { id } }", "house", t.house())),
            row("Query.sealedReport", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "query($id: ID!) { sealedReport(id: $id) { id } }", "id", "report:" + t.house() + ":2025:1")),
            row("Query.reportRestatement", Scope.NATIONAL, EVERYONE, (t, r) -> request(
                    "query($id: ID!) { reportRestatement(id: $id) { changedCount } }", "id", "report:" + t.house() + ":2025:1")),
            row("Mutation.sealReport", Scope.HOUSE, EnumSet.of(HOUSE_MANAGER, BUSINESS_AUTHORITY_ANALYST),
                    (t, r) -> mutation("sealReport", input("house", t.house(), "year", 2030))));

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    private RegistryClient registry;

    private static boolean guidanceRecorded;

    /** A case of each house, with a meeting, seen by the views: what the house rows are tried on. */
    @BeforeEach
    void guidanceAtBothHouses() {
        registry = new RegistryClient(port);
        if (guidanceRecorded) {
            return;
        }
        guidanceRecorded = true;
        for (Target target : List.of(FYN, HOVEDSTADEN)) {
            String adviser = target == FYN ? RegistryClient.ADVISER_FYN : RegistryClient.ADVISER_HOVEDSTADEN;
            Registrations.openCase(registry.as(adviser), target.caseId(), target.house(), target.cvr(), "2023-05-01",
                    "GROWTH", today().minusDays(30).toString(), "CAPITAL");
            Registrations.meeting(registry.as(adviser), target.caseId(), "m-1", today().minusDays(10).toString(), "2",
                    "CAPITAL");
        }
        for (Target target : List.of(FYN, HOVEDSTADEN)) {
            eventually().untilAsserted(() -> registry.as(RegistryClient.AUDITOR)
                    .document("query($cvr: String!) { company(cvr: $cvr) { cases { caseId } } }")
                    .variable("cvr", target.cvr()).execute()
                    .path("company.cases[0].caseId").entity(String.class).isEqualTo(target.caseId()));
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRoleIsAllowedOrRefusedEveryOperationOfTheSchema() {
        return schemaOperations().stream().map(operation -> {
            Row row = MATRIX.stream().filter(candidate -> candidate.operation().equals(operation)).findFirst().orElse(null);
            if (row == null) {
                return DynamicTest.dynamicTest(operation + " has a row in the matrix", () -> {
                    throw new AssertionError(operation + " is an operation of the schema without a row in the "
                            + "authorization matrix: add one to AuthorizationMatrixTest.MATRIX saying who may call it");
                });
            }
            return DynamicContainer.dynamicContainer(operation, cells(row));
        });
    }

    @Test
    void theMatrixNamesNoOperationTheSchemaDoesNotHave() {
        List<String> operations = schemaOperations();
        assertThat(MATRIX).extracting(Row::operation)
                .allSatisfy(operation -> assertThat(operations).as("operations of the schema").contains(operation))
                .doesNotHaveDuplicates();
    }

    private Stream<DynamicTest> cells(Row row) {
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            boolean allowed = row.allowed().contains(role);
            cells.add(DynamicTest.dynamicTest(role + (row.scope() == Scope.HOUSE && role.actsForAHouse()
                            ? " on its own house" : "") + (allowed ? " is allowed" : " is FORBIDDEN"),
                    () -> assertCell(row, role, FYN, allowed)));
            if (row.scope() == Scope.HOUSE && role.actsForAHouse()) {
                cells.add(DynamicTest.dynamicTest(role + " on another house is FORBIDDEN",
                        () -> assertCell(row, role, HOVEDSTADEN, false)));
            }
        }
        return cells.stream();
    }

    private void assertCell(Row row, Role role, Target target, boolean allowed) {
        Request request = row.request().apply(target, role);
        List<Object> classifications = row.operation().startsWith("Subscription.")
                ? subscribe(role, request)
                : send(role, request);
        if (allowed) {
            assertThat(classifications).as(USERS.get(role) + " (" + role + ") calling " + row.operation()
                    + " for " + target.house()).doesNotContain("FORBIDDEN");
        } else {
            assertThat(classifications).as(USERS.get(role) + " (" + role + ") calling " + row.operation()
                    + " for " + target.house()).containsExactly("FORBIDDEN");
        }
    }

    /** The classifications of the errors a query or mutation answers with (none: it was answered). */
    private List<Object> send(Role role, Request request) {
        List<ResponseError> errors = new ArrayList<>();
        GraphQlTester.Request<?> call = registry.as(USERS.get(role)).document(request.document());
        for (Map.Entry<String, Object> variable : request.variables().entrySet()) {
            call = call.variable(variable.getKey(), variable.getValue());
        }
        call.execute().errors().satisfy(errors::addAll);
        return errors.stream().map(RegistryClient::classificationOf).toList();
    }

    /**
     * A subscription is refused at once with an error; one allowed is set up and then pushed the dashboard an
     * event changed, so "allowed" is seen, not assumed from silence. The analyst's survey delivery for the house is
     * that event; it is the only thing the matrix writes to the log.
     */
    private List<Object> subscribe(Role role, Request request) {
        WebSocketGraphQlTester socket = registry.webSocket(USERS.get(role));
        List<Object> outcome = new CopyOnWriteArrayList<>();
        try {
            GraphQlTester.Request<?> call = socket.document(request.document());
            for (Map.Entry<String, Object> variable : request.variables().entrySet()) {
                call = call.variable(variable.getKey(), variable.getValue());
            }
            var subscription = call.executeSubscription().toFlux()
                    .doOnNext(response -> {
                        List<ResponseError> errors = new ArrayList<>();
                        response.errors().satisfy(errors::addAll);
                        if (errors.isEmpty()) {
                            outcome.add("pushed");
                        }
                        errors.forEach(error -> outcome.add(classificationOf(error)));
                    })
                    .doOnError(failure -> outcome.addAll(classificationsOf(failure)))
                    .onErrorResume(failure -> Mono.empty())
                    .subscribe();
            try {
                // Answered over the same connection after the subscription was taken up (or refused).
                socket.document("{ nationalDashboard(year: 2025) { year } }").execute()
                        .path("nationalDashboard.year").entity(Integer.class).isEqualTo(YEAR);
                if (outcome.isEmpty()) {
                    String house = (String) request.variables().get("house");
                    Registrations.survey(registry.as(RegistryClient.ANALYST), house, YEAR,
                            String.valueOf(50 + deliveries.merge(house, 1, Integer::sum)), "60", 300, "PRELIMINARY",
                            "2026-01-15");
                    eventually().until(() -> !outcome.isEmpty());
                }
            } finally {
                subscription.dispose();
            }
        } finally {
            socket.stop().block(Duration.ofSeconds(10));
        }
        return outcome.stream().filter(signal -> !"pushed".equals(signal)).toList();
    }

    private static final Map<String, Integer> deliveries = new HashMap<>();

    private static List<Object> classificationsOf(Throwable failure) {
        if (failure instanceof SubscriptionErrorException refused) {
            return refused.getErrors().stream().map(RegistryClient::classificationOf).toList();
        }
        throw new AssertionError("the subscription failed otherwise than with GraphQL errors", failure);
    }

    private List<String> schemaOperations() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> operations = new ArrayList<>();
        for (GraphQLObjectType root : Stream.of(schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType())
                .filter(type -> type != null).toList()) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                operations.add(root.getName() + "." + field.getName());
            }
        }
        return operations;
    }

    // ---- the matrix's vocabulary

    /** HOUSE: the operation concerns one house (by a house, case or company); NATIONAL: it concerns none. */
    private enum Scope { HOUSE, NATIONAL }

    private record Target(String house, String caseId, String cvr) {
    }

    private record Request(String document, Map<String, Object> variables) {
    }

    private record Row(String operation, Scope scope, Set<Role> allowed, BiFunction<Target, Role, Request> request) {
    }

    private static Row row(String operation, Scope scope, Set<Role> allowed, BiFunction<Target, Role, Request> request) {
        return new Row(operation, scope, allowed, request);
    }

    private static Set<Role> union(Set<Role> first, Set<Role> second) {
        Set<Role> union = EnumSet.copyOf(first);
        union.addAll(second);
        return union;
    }

    private static Request request(String document, Object... variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        return new Request(document, values);
    }

    /** A mutation taking {@code input}, asking for its commandId. */
    private static Request mutation(String field, Map<String, Object> input) {
        String inputType = Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Input";
        return request("mutation($input: " + inputType + "!) { " + field + "(input: $input) { commandId } }",
                "input", input);
    }

    private static Map<String, Object> input(Object... fields) {
        return request("", fields).variables();
    }
}
