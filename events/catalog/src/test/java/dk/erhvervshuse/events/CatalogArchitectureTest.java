package dk.erhvervshuse.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The catalog is the log's vocabulary: it may use the JDK and nothing else. */
@AnalyzeClasses(packages = "dk.erhvervshuse.events", importOptions = ImportOption.DoNotIncludeTests.class)
class CatalogArchitectureTest {

    @ArchTest
    static final ArchRule catalogDependsOnNothingButTheJdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.erhvervshuse.events..");

    @ArchTest
    static final ArchRule everyEventIsARecordWithARevision = classes()
            .that().resideInAnyPackage("dk.erhvervshuse.events.guidance", "dk.erhvervshuse.events.contract",
                    "dk.erhvervshuse.events.delivery", "dk.erhvervshuse.events.report")
            .and().areNotInterfaces()
            .and().areNotEnums()
            .and().doNotHaveSimpleName("ContractGoal")
            .and().doNotHaveSimpleName("AgreementTerms")
            // the parts of a sealed report (SealedGoal, SealedCounts, SealedDelivery), not events of their own
            .and().haveSimpleNameNotStartingWith("Sealed")
            .should().beRecords()
            .andShould().beAnnotatedWith(dk.erhvervshuse.events.common.EventRevision.class);
}
