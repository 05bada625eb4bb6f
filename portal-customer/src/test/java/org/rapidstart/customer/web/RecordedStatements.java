package org.rapidstart.customer.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements the portal prepares on the current thread while recording (MockMvc requests run on the test's
 * thread), to count what a request costs the database. Import it into a test: it wraps the application's data source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedStatements {

	private static final ThreadLocal<@Nullable List<String>> RECORDING = new ThreadLocal<>();

	/** The statements prepared or executed on this thread while the action ran, in order. */
	public List<String> during(Action action) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			action.run();
		}
		finally {
			RECORDING.remove();
		}
		return statements;
	}

	@Bean
	static BeanPostProcessor recordingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? proxy(DataSource.class, dataSource) : bean;
			}

		};
	}

	private static <T> T proxy(Class<T> type, T target) {
		return type.cast(Proxy.newProxyInstance(RecordedStatements.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					record(method, args);
					Object result = invoke(method, target, args);
					if (result instanceof Connection connection && method.getName().equals("getConnection")) {
						return proxy(Connection.class, connection);
					}
					if (result instanceof Statement statement && method.getName().equals("createStatement")) {
						return proxy(Statement.class, statement);
					}
					return result;
				}));
	}

	private static void record(Method method, Object @Nullable [] args) {
		List<String> statements = RECORDING.get();
		if (statements != null && args != null && args.length > 0 && args[0] instanceof String sql
				&& (method.getName().startsWith("prepare") || method.getName().startsWith("execute"))) {
			statements.add(sql);
		}
	}

	private static @Nullable Object invoke(Method method, Object target, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** Something that sends requests. */
	public interface Action {

		void run() throws Exception;

	}

}
