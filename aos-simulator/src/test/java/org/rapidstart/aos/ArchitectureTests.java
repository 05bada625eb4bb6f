package org.rapidstart.aos;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The simulator is a different product: it depends on nothing of ours, and its features form no cycles. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.rapidstart.aos");

	@Test
	void dependsOnNoOtherRapidStartModule() {
		noClasses().that()
			.resideInAPackage("org.rapidstart.aos..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.rapidstart..").and(not(resideInAPackage("org.rapidstart.aos.."))))
			.check(this.classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.rapidstart.aos.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
