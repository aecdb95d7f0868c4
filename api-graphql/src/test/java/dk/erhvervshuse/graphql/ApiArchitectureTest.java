package dk.erhvervshuse.graphql;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The API touches the other modules only through what they publish: the command API, the query API and
 * the catalog's common value types. Aggregates, projections and the event log's insides stay free to
 * change without the API noticing.
 */
@AnalyzeClasses(packages = "dk.erhvervshuse.graphql", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

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
    static final ArchRule theApiKnowsEventsOnlyByTheirCommonValueTypes = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().dependOnClassesThat(resideInAPackage("dk.erhvervshuse.events..")
                    .and(not(resideInAPackage("dk.erhvervshuse.events.common.."))));

    @ArchTest
    static final ArchRule theApiDependsOnlyOnPublishedModulesAndFrameworks = classes()
            .that().resideInAPackage("dk.erhvervshuse.graphql..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "dk.erhvervshuse.graphql..",
                    "dk.erhvervshuse.command.api..",
                    "dk.erhvervshuse.query.api..",
                    "dk.erhvervshuse.events.common..",
                    "java..",
                    "org.springframework..",
                    "org.axonframework..",
                    "graphql..",
                    "org.slf4j.."));
}
