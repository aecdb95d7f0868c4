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
    static final ArchRule theQueryApiDependsOnNothingButJavaAndTheCatalogsValueTypes =
            classes().that().resideInAPackage("dk.erhvervshuse.query.api..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.erhvervshuse.query.api..",
                            "dk.erhvervshuse.events.common..");

    @ArchTest
    static final ArchRule theTargetDefinitionsKnowNothingOfStorageOrProjections =
            noClasses().that().resideInAPackage("dk.erhvervshuse.query.targets..")
                    .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                            "org.axonframework..", "dk.erhvervshuse.query.dashboard..", "dk.erhvervshuse.query.support..");

    @ArchTest
    static final ArchRule theGuidanceViewsKnowNothingOfTheAuditTrailThatPagesThroughThem =
            noClasses().that().resideInAPackage("dk.erhvervshuse.query.guidance..")
                    .should().dependOnClassesThat().resideInAPackage("dk.erhvervshuse.query.audit..");
}
