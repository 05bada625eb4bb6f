package org.rapidstart.partner;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.rapidstart.testsupport.WithPostgresAndMail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** The whole Partner Portal on a random port, with its own PostgreSQL database and a test SMTP server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=partner-portal", "rapidstart.mail.dispatch-interval=200ms" })
@WithPostgresAndMail
@Import(PartnerFixtures.class)
public @interface PartnerPortalTest {

}
