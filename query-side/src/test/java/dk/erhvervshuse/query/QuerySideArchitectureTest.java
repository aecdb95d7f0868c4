package dk.erhvervshuse.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dk.erhvervshuse.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    @ArchTest
    static final ArchRule theQuerySideNeverDependsOnTheCommandSideTheGraphqlLayerOrTheEventStore =
            noClasses().that().resideInAPackage("dk.erhvervshuse.query..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dk.erhvervshuse.command..", "dk.erhvervshuse.graphql..", "dk.erhvervshuse.events.store..");

    @ArchTest
    static final ArchRule theQueryApiDependsOnNothingButJava =
            classes().that().resideInAPackage("dk.erhvervshuse.query.api..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.erhvervshuse.query.api..");

    @ArchTest
    static final ArchRule theGuidanceViewsKnowNothingOfTheAuditTrailThatPagesThroughThem =
            noClasses().that().resideInAPackage("dk.erhvervshuse.query.guidance..")
                    .should().dependOnClassesThat().resideInAPackage("dk.erhvervshuse.query.audit..");
}
