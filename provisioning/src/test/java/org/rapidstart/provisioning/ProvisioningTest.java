package org.rapidstart.provisioning;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.rapidstart.testsupport.WithPostgresAndMail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The provisioning module against its own real PostgreSQL database, with a test SMTP server and fixtures. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = ProvisioningTestApplication.class)
@WithPostgresAndMail
@Import(Fixtures.class)
public @interface ProvisioningTest {

}
