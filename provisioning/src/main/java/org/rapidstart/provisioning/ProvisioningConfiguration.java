package org.rapidstart.provisioning;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Everything the provisioning module contributes to an application: its services, entities and repositories,
 * its configuration properties and its scheduled work. Each portal imports it with
 * {@code @Import(ProvisioningConfiguration.class)}.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EntityScan
@EnableJpaRepositories
@ConfigurationPropertiesScan
@EnableScheduling
public class ProvisioningConfiguration {

}
