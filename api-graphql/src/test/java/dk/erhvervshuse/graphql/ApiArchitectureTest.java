package dk.erhvervshuse.graphql;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.report.ReportSealed;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The API touches the other modules only through what they publish: the command API, the query API and
 * the catalog's value types (common, and the contract's and deliveries' such as ContractGoal), never an
 * event. Aggregates, projections and the event log's insides stay free to change without the API noticing.
 * The one thing the log publishes is its tamper evidence for supervision (§10.2), {@code events.store.verify}:
 * verification, daily checkpoints and export, which only the log can give. The demo mode also reads the command
 * side's history generator, whose script it sends through the command gateway.
 */
@AnalyzeClasses(packages = "dk.erhvervshuse.graphql", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    /** The catalog's packages whose value types the API may use (the events in them it may not, see below). */
    private static final String[] VALUE_TYPE_PACKAGES = {
            "dk.erhvervshuse.events.common..",
            "dk.erhvervshuse.events.contract..",
            "dk.erhvervshuse.events.delivery..",
            "dk.erhvervshuse.events.report.."};

    /** Health and metrics of the running registry. */
    private static final String OPERATIONS = "dk.erhvervshuse.graphql.operations..";

    /** What the event log publishes: the verification of its hash chain, its checkpoints and its export. */
    private static final String LOG_VERIFICATION = "dk.erhvervshuse.events.store.verify..";

    /** The command side's generator of realistic history, which only the demo mode may read its script from. */
    private static final String HISTORY_GENERATOR = "dk.erhvervshuse.command.history..";

    private static final String DEMO = "dk.erhvervshuse.graphql.demo..";

    @ArchTest
    static final ArchRule theApiSendsCommandsOnlyThroughTheCommandApi = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.command..")
                    .and(not(resideInAPackage("dk.erhvervshuse.command.api..")))
                    .and(not(resideInAPackage(HISTORY_GENERATOR))));

    /**
     * The demo mode sends the generator's script through the command gateway like any client; nothing else in the
     * API has a reason to know the generator.
     */
    @ArchTest
    static final ArchRule onlyTheDemoModeReadsTheHistoryGenerator = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..").and().resideOutsideOfPackage(DEMO)
            .should().dependOnClassesThat(resideInAPackage(HISTORY_GENERATOR));

    @ArchTest
    static final ArchRule theApiReadsOnlyThroughTheQueryApi = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.query..")
                    .and(not(resideInAPackage("dk.erhvervshuse.query.api.."))));

    @ArchTest
    static final ArchRule theApiNeverTouchesTheEventLogsInsides = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.events.store..")
                    .and(not(resideInAPackage(LOG_VERIFICATION))));

    @ArchTest
    static final ArchRule theApiKnowsEventsOnlyByTheirValueTypes = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.events..")
                    .and(not(resideInAnyPackage(VALUE_TYPE_PACKAGES)))
                    .and(not(resideInAPackage(LOG_VERIFICATION))));

    /**
     * Of the contract, delivery and report packages, the value types (ContractGoal, Comparison, SealedGoal…) and the
     * ids they define only: no event itself.
     */
    @ArchTest
    static final ArchRule theApiNeverHandlesAContractDeliveryOrReportEvent = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(assignableTo(ResultContractEvent.class).or(assignableTo(DeliveryEvent.class))
                    .or(assignableTo(ReportSealed.class)));

    /**
     * Only the operations' health check talks to MongoDB itself (a ping, since no Spring Data indicator applies);
     * everything else reads through the query API.
     */
    @ArchTest
    static final ArchRule onlyTheHealthCheckTalksToMongoDb = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .and().resideOutsideOfPackage(OPERATIONS)
            .should().dependOnClassesThat(resideInAnyPackage("com.mongodb..", "org.bson.."));

    @ArchTest
    static final ArchRule theApiDependsOnlyOnPublishedModulesAndFrameworks = classes()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "dk.erhvervshuse.graphql..",
                    "dk.erhvervshuse.command.api..",
                    HISTORY_GENERATOR,
                    "dk.erhvervshuse.query.api..",
                    "dk.erhvervshuse.events.common..",
                    "dk.erhvervshuse.events.contract..",
                    "dk.erhvervshuse.events.delivery..",
                    "dk.erhvervshuse.events.report..",
                    LOG_VERIFICATION,
                    "java..",
                    "jakarta.servlet..",
                    "reactor..",
                    "org.reactivestreams..",
                    "org.springframework..",
                    "org.axonframework..",
                    "graphql..",
                    "io.micrometer..",
                    "com.mongodb.client..",
                    "org.bson..",
                    "org.slf4j.."));
}
