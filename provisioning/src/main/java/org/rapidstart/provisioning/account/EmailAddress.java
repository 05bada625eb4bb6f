package org.rapidstart.provisioning.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A form field that holds an e-mail address (a sign-in ID or a contact address): well formed, and at most the 254
 * characters the database keeps. Each part reports its own message. Blank passes: add {@code @NotBlank} with the
 * field's own "enter ..." message where the address is required.
 */
@Email(message = "Enter a valid e-mail address, such as name@example.com.")
@Size(max = 254, message = "Use at most 254 characters.")
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EmailAddress {

	String message() default "Enter a valid e-mail address, such as name@example.com.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
