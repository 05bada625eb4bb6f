package org.rapidstart.customer.web;

import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so every request reads its session row; this keeps the rest of
 * that cost down. The session's statements run in plain JDBC transactions rather than in the application's JPA
 * transaction manager (which opened a Hibernate session for each), and a request that changed nothing in the session
 * does not write it back unless its last access time is a minute old ({@link LastAccessThrottle}: a session may so
 * expire up to a minute before its 30-minute timeout after the last request), nor read it twice.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** How stale the stored last access time of a session may get before a request that changed nothing moves it. */
	static final Duration LAST_ACCESS_INTERVAL = Duration.ofMinutes(1);

	/** Spring Session looks this up by name; not a default candidate, so nothing else mistakes it for the application's. */
	@Bean(name = "springSessionTransactionOperations", defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
		return new TransactionTemplate(new JdbcTransactionManager(dataSource));
	}

	@Bean
	static BeanPostProcessor sessionLastAccessThrottle(Environment environment) {
		SaveMode saveMode = Binder.get(environment)
			.bind("spring.session.jdbc.save-mode", SaveMode.class)
			.orElse(SaveMode.ON_SET_ATTRIBUTE);
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions) {
					if (saveMode != SaveMode.ON_SET_ATTRIBUTE) {
						throw new IllegalStateException("The session's last access throttle saves a session only "
								+ "when an attribute is set: spring.session.jdbc.save-mode must be on-set-attribute");
					}
					return new LastAccessThrottle<>(sessions, LAST_ACCESS_INTERVAL);
				}
				return bean;
			}

		};
	}

	/**
	 * Around Spring Session's filter, for every dispatch it runs on (a request, an error page, an asynchronous
	 * dispatch): when the dispatch starts and ends, its thread forgets the session a dispatch saved, so a later
	 * dispatch on that thread never gets back a session another one read.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionRequestEnd() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			LastAccessThrottle.requestDone();
			try {
				chain.doFilter(request, response);
			}
			finally {
				LastAccessThrottle.requestDone();
			}
		});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
