package org.rapidstart.provisioning.account;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every form field marked {@link EmailAddress} accepts, and what it says about the rest. */
class EmailAddressTests {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	record Field(@EmailAddress String address) {

	}

	private static List<String> messages(String address) {
		return validator.validate(new Field(address)).stream().map(ConstraintViolation::getMessage).toList();
	}

	@Test
	void aWellFormedAddressWithinTheDatabaseLengthPasses() {
		assertThat(messages("name@example.com")).isEmpty();
		assertThat(messages("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61)))
			.as("254 characters")
			.isEmpty();
	}

	@Test
	void blankIsLeftToTheFieldsOwnNotBlank() {
		assertThat(messages("")).isEmpty();
	}

	@Test
	void aMalformedAddressAndATooLongOneEachSaySo() {
		assertThat(messages("not-an-address")).containsExactly("Enter a valid e-mail address, such as name@example.com.");
		assertThat(messages("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(62)))
			.containsExactly("Use at most 254 characters.");
	}

}
