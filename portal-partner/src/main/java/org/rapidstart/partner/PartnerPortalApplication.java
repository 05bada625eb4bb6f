package org.rapidstart.partner;

import org.rapidstart.provisioning.ProvisioningConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The Partner Portal: partners enrol customers, add services and send activations; Support works here too. */
@SpringBootApplication
@Import(ProvisioningConfiguration.class)
public class PartnerPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PartnerPortalApplication.class, args);
	}

}
