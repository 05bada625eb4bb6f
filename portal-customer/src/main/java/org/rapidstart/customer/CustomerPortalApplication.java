package org.rapidstart.customer;

import org.rapidstart.provisioning.ProvisioningConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The Customer Portal: RapidStart Services for a customer's users. */
@SpringBootApplication
@Import(ProvisioningConfiguration.class)
public class CustomerPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(CustomerPortalApplication.class, args);
	}

}
