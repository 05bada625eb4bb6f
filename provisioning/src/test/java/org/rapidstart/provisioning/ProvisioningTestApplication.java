package org.rapidstart.provisioning;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Boots the provisioning module alone, as a portal would, for its integration tests. */
@SpringBootApplication
@Import(ProvisioningConfiguration.class)
class ProvisioningTestApplication {

}
