package dev.roster.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.architecture.violations.CoreClassThatReadsAFile;
import dev.roster.core.architecture.violations.CoreClassThatUsesJdbc;
import dev.roster.core.violationa.Left;
import dev.roster.core.violationb.Right;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core pure (no JDBC, mail, spreadsheets, files or sockets) and layered (packages without
 * cycles, the public API never reaching into the internals). Each rule is one sentence.
 */
@AnalyzeClasses(packages = "dev.roster", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotTalkToDatabases = noClasses().that().resideInAPackage("dev.roster.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("storage is reached only through the store port");

    @ArchTest
    static final ArchRule coreDoesNotSendMailOrReadSpreadsheets = noClasses().that().resideInAPackage("dev.roster.core..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "javax.mail..", "org.eclipse.angus..", "org.apache.poi..")
            .because("mail and spreadsheets live in adapters");

    @ArchTest
    static final ArchRule coreDoesNoFileOrNetworkIo = noClasses().that().resideInAPackage("dev.roster.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .because("I/O belongs to adapters and the host");

    @ArchTest
    static final ArchRule spiDependsOnTheJdkOnly = noClasses().that().resideInAPackage("dev.roster.spi..")
            .and().resideOutsideOfPackage("dev.roster.spi.tck..") // the contract suite is test code, built on JUnit
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.roster.spi..", "jakarta.validation..",
                    "rocks.xmpp.precis..", "com.ibm.icu..") // RFC 8265, UTS #46 and UTS #39 for email keys
            .because("the SPI is the JDK-only contract adapters implement");

    @ArchTest
    static final ArchRule corePackagesFormLayers = slices().matching("dev.roster.core.(*)..").should().beFreeOfCycles()
            .because("a newcomer reads the core from the bottom up");

    @ArchTest
    static final ArchRule theApiDoesNotReachIntoTheInternals = noClasses().that().resideInAPackage("dev.roster.core..")
            .and().resideOutsideOfPackages("dev.roster.core.internal..", "dev.roster.core")
            .should().dependOnClassesThat().resideInAPackage("dev.roster.core.internal..")
            .because("hosts see the API packages only; the internals may change in any release");

    @ArchTest
    static final ArchRule theInternalsDoNotKnowTheFacade = noClasses().that().resideInAPackage("dev.roster.core.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.roster.core")
            .because("Roster and its builder sit on top and wire the internals, not the other way round");

    @Test
    void theCycleRuleCatchesTwoPackagesThatUseEachOther() {
        JavaClasses cycle = new ClassFileImporter().importClasses(Left.class, Right.class);
        assertThatThrownBy(() -> corePackagesFormLayers.check(cycle))
                .isInstanceOf(AssertionError.class).hasMessageContaining("violationa").hasMessageContaining("violationb");
    }

    /** A rule that cannot fail proves nothing: show that the rules catch a class that breaks them. */
    @Test
    void theRulesRejectCoreClassesThatDoIo() {
        JavaClasses violators = new ClassFileImporter().importClasses(CoreClassThatUsesJdbc.class, CoreClassThatReadsAFile.class);
        assertThatThrownBy(() -> coreDoesNotTalkToDatabases.check(violators))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.sql.Connection");
        assertThatThrownBy(() -> coreDoesNoFileOrNetworkIo.check(violators))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.nio.file.Files");
    }
}
