package org.rapidstart.questionnaire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java, and its feature packages do not depend on each other in circles. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rapidstart.questionnaire");

    @Test
    void usesNoSpringNoDatabaseAndNoOtherRapidStartModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "java.sql..", "org.rapidstart.provisioning..", "org.rapidstart.customer..", "org.rapidstart.partner..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.rapidstart.questionnaire.(*)..").should().beFreeOfCycles().check(classes);
    }
}
