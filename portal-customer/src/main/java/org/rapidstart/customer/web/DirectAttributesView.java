package org.rapidstart.customer.web;

import java.lang.reflect.Method;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A Thymeleaf view whose template variables reach the request's attributes directly. Thymeleaf keeps every variable
 * of a page (model attributes, {@code th:each} and {@code th:with} locals, fragment parameters) as a request
 * attribute, so each {@code ${...}} is a {@code getAttribute} that otherwise goes down every request wrapper the
 * filters put on (Spring Session, Spring Security's firewall, servlet API and header writers ...), a fifth of the
 * time a page took to render. Only wrappers that leave the attribute methods as {@link ServletRequestWrapper} has them
 * are skipped, so a wrapper that gives attributes a meaning of its own (a forward's or an include's) still sees them.
 */
public class DirectAttributesView extends ThymeleafView {

	@Override
	protected void renderFragment(Set<String> markupSelectorsToRender, Map<String, ?> model,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		super.renderFragment(markupSelectorsToRender, model, DirectAttributes.of(request), response);
	}

	/** The request, its attributes read and written on the innermost request that holds them. */
	static final class DirectAttributes extends HttpServletRequestWrapper {

		/** Whether a wrapper class passes the attribute methods straight on. */
		private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {

			@Override
			protected Boolean computeValue(Class<?> type) {
				try {
					return declaredByWrapper(type.getMethod("getAttribute", String.class))
							&& declaredByWrapper(type.getMethod("getAttributeNames"))
							&& declaredByWrapper(type.getMethod("setAttribute", String.class, Object.class))
							&& declaredByWrapper(type.getMethod("removeAttribute", String.class));
				}
				catch (NoSuchMethodException ex) {
					return false;
				}
			}

			private boolean declaredByWrapper(Method method) {
				return method.getDeclaringClass() == ServletRequestWrapper.class;
			}

		};

		private final ServletRequest attributes;

		private DirectAttributes(HttpServletRequest request, ServletRequest attributes) {
			super(request);
			this.attributes = attributes;
		}

		static HttpServletRequest of(HttpServletRequest request) {
			ServletRequest holder = request;
			while (holder instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
				holder = wrapper.getRequest();
			}
			return (holder == request) ? request : new DirectAttributes(request, holder);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return this.attributes.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return this.attributes.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			this.attributes.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.removeAttribute(name);
		}

	}

}
