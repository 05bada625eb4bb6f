package org.rapidstart.customer;

import org.rapidstart.provisioning.ProvisioningConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** The Customer Portal: RapidStart Services for a customer's users. */
@SpringBootApplication
@Import(ProvisioningConfiguration.class)
public class CustomerPortalApplication {

	/** The application with its own config file name, so it can share a JVM with the other apps (see docs/conventions.md). */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(CustomerPortalApplication.class).properties("spring.config.name=customer-portal");
	}

	public static void main(String[] args) {
		builder().run(args);
	}

}
