package org.rapidstart.partner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point one way (ARCHITECTURE.md): provisioning <- portals, never back; the portals stay apart.
 * questionnaire-core and the AOS simulator check their own isolation in their own ArchitectureTests.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rapidstart");

	@Test
	void provisioningNeverDependsOnAPortalTheSimulatorOrTheLauncher() {
		noClasses().that()
			.resideInAPackage("org.rapidstart.provisioning..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.rapidstart.partner..", "org.rapidstart.customer..", "org.rapidstart.aos..",
					"org.rapidstart.demo..")
			.check(this.classes);
	}

	@Test
	void partnerPortalNeverReachesIntoTheCustomerPortal() {
		noClasses().that()
			.resideInAPackage("org.rapidstart.partner..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.rapidstart.customer..", "org.rapidstart.aos..")
			.check(this.classes);
	}

}
