package dk.erhvervshuse.graphql;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.delivery.DeliveryEvent;

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
 */
@AnalyzeClasses(packages = "dk.erhvervshuse.graphql", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    /** The catalog's packages whose value types the API may use (the events in them it may not, see below). */
    private static final String[] VALUE_TYPE_PACKAGES = {
            "dk.erhvervshuse.events.common..",
            "dk.erhvervshuse.events.contract..",
            "dk.erhvervshuse.events.delivery.."};

    @ArchTest
    static final ArchRule theApiSendsCommandsOnlyThroughTheCommandApi = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.command..")
                    .and(not(resideInAPackage("dk.erhvervshuse.command.api.."))));

    @ArchTest
    static final ArchRule theApiReadsOnlyThroughTheQueryApi = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.query..")
                    .and(not(resideInAPackage("dk.erhvervshuse.query.api.."))));

    @ArchTest
    static final ArchRule theApiNeverTouchesTheEventLogsInsides = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat().resideInAPackage("dk.erhvervshuse.events.store..");

    @ArchTest
    static final ArchRule theApiKnowsEventsOnlyByTheirValueTypes = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.events..")
                    .and(not(resideInAnyPackage(VALUE_TYPE_PACKAGES))));

    /** Of the contract and delivery packages, the value types (ContractGoal, Comparison…) only: no event itself. */
    @ArchTest
    static final ArchRule theApiNeverHandlesAContractOrDeliveryEvent = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(assignableTo(ResultContractEvent.class).or(assignableTo(DeliveryEvent.class)));

    @ArchTest
    static final ArchRule theApiDependsOnlyOnPublishedModulesAndFrameworks = classes()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "dk.erhvervshuse.graphql..",
                    "dk.erhvervshuse.command.api..",
                    "dk.erhvervshuse.query.api..",
                    "dk.erhvervshuse.events.common..",
                    "dk.erhvervshuse.events.contract..",
                    "dk.erhvervshuse.events.delivery..",
                    "java..",
                    "jakarta.servlet..",
                    "reactor..",
                    "org.reactivestreams..",
                    "org.springframework..",
                    "org.axonframework..",
                    "graphql..",
                    "org.slf4j.."));
}
