package org.rapidstart.demo.mailbox;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The mailbox web app. It shares the classpath of the portals (JPA, Flyway, Security, Spring Session ...), so it
 * imports exactly the auto-configurations a small MVC app needs instead of {@code @EnableAutoConfiguration}, which
 * would try to set up a database and a login for a page that has neither.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
		JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
		ThymeleafAutoConfiguration.class })
public class MailboxApplication {

	/** The mailbox showing {@code store}'s mails; its own config name so it can share the JVM with the portals. */
	public static SpringApplicationBuilder builder(MailStore store) {
		return new SpringApplicationBuilder(MailboxApplication.class).properties("spring.config.name=mailbox")
			.initializers(context -> context.getBeanFactory().registerSingleton("mailStore", store));
	}

}
