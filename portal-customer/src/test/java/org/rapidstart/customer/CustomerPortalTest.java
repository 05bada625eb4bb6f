package org.rapidstart.customer;

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

/** The whole Customer Portal on a random port, with its own PostgreSQL database, a test SMTP server and a clock tests move. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = CustomerPortalApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=customer-portal", "rapidstart.mail.dispatch-interval=200ms",
				"rapidstart.lifecycle.enabled=false" })
@WithPostgresAndMail
@Import(CustomerFixtures.class)
public @interface CustomerPortalTest {

}
