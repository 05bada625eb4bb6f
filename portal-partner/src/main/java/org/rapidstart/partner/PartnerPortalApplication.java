package org.rapidstart.partner;

import org.rapidstart.provisioning.ProvisioningConfiguration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** The Partner Portal: partners enrol customers, add services and send activations; Support works here too. */
@SpringBootApplication
@Import(ProvisioningConfiguration.class)
public class PartnerPortalApplication {

	/** The application with its own config file name, so it can share a JVM with the other apps (see docs/conventions.md). */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(PartnerPortalApplication.class).properties("spring.config.name=partner-portal");
	}

	public static void main(String[] args) {
		builder().run(args);
	}

}
