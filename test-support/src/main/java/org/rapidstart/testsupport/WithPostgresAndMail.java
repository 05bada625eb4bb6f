package org.rapidstart.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * {@link WithPostgres} and {@link WithTestMail} together: two composed annotations that each carry
 * {@code @ContextConfiguration} do not merge, so use this one when a test needs both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = { PostgresTestDatabase.class, TestSmtpServer.class })
public @interface WithPostgresAndMail {

}
