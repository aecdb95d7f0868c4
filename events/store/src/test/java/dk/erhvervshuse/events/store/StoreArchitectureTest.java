package dk.erhvervshuse.events.store;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The store keeps the log; it knows nothing of commands, projections or the API built on it. */
@AnalyzeClasses(packages = "dk.erhvervshuse.events.store", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    @ArchTest
    static final ArchRule storeDoesNotReachUp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dk.erhvervshuse.command..",
                    "dk.erhvervshuse.query..", "dk.erhvervshuse.graphql..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsSpring = noClasses()
            .that().resideOutsideOfPackage("dk.erhvervshuse.events.store.config..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
