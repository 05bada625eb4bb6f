package org.rapidstart.aos;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}), open without credentials. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI aosOpenApi() {
		return new OpenAPI()
			.info(new Info().title("RapidStart AOS simulator")
				.version("0.1.0")
				.description("A stand-in Dynamics AX 2012 AOS: companies, metadata, document services, class "
						+ "operations and DIXF. Every /aos call needs the service account (HTTP Basic; demo default "
						+ "aosadmin/aosadmin). Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("serviceAccount",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("serviceAccount"));
	}

}
