package dk.erhvervshuse.command;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command side writes the log and reads nothing but its own aggregates: it never looks at projections,
 * the GraphQL layer or the storage engine. Its API package is what the GraphQL layer compiles against, so it
 * stays free of anything but the JDK, the event catalog and Axon's routing annotation, and in particular of
 * the aggregates.
 */
@AnalyzeClasses(packages = "dk.erhvervshuse.command", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandSideArchitectureTest {

    private static final String[] FEATURES = {
            "dk.erhvervshuse.command.guidance..", "dk.erhvervshuse.command.contract..",
            "dk.erhvervshuse.command.delivery..", "dk.erhvervshuse.command.report.."};

    @ArchTest
    static final ArchRule commandSideNeverReadsProjectionsTheApiLayerOrTheStore = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dk.erhvervshuse.query..", "dk.erhvervshuse.graphql..", "dk.erhvervshuse.events.store..");

    private static final DescribedPredicate<JavaClass> AXON_COMMAND_ANNOTATIONS =
            resideInAPackage("org.axonframework.modelling.command")
                    .and(DescribedPredicate.describe("annotations", JavaClass::isAnnotation));

    @ArchTest
    static final ArchRule commandApiDependsOnlyOnTheJdkTheCatalogAndAxonsRoutingAnnotations = classes()
            .that().resideInAPackage("dk.erhvervshuse.command.api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "java..", "dk.erhvervshuse.command.api..",
                    "dk.erhvervshuse.events.common..", "dk.erhvervshuse.events.guidance..",
                    "dk.erhvervshuse.events.contract..", "dk.erhvervshuse.events.delivery..",
                    "dk.erhvervshuse.events.report..")
                    .or(AXON_COMMAND_ANNOTATIONS));

    @ArchTest
    static final ArchRule commandApiHoldsNoAggregateAndNamesNone = noClasses()
            .that().resideInAPackage("dk.erhvervshuse.command.api..")
            .should().beAnnotatedWith(Aggregate.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
            .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES);

    /** Each feature is its own consistency boundary; what they share is the API and the input guards. */
    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = slices()
            .matching("dk.erhvervshuse.command.(guidance|contract|delivery|report)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule aggregatesLiveInTheirFeaturePackage = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().resideInAnyPackage(FEATURES);
}
