package org.rapidstart.customer.web;

import java.util.List;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The current actor for controllers, the agreements-first rule for every page but a few, the language of pages
 * from the user's preferences, and the static files.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentActor currentActor;

	private final AgreementsFirst agreementsFirst;

	WebConfiguration(CurrentActor currentActor, AgreementsFirst agreementsFirst) {
		this.currentActor = currentActor;
		this.agreementsFirst = agreementsFirst;
	}

	/** Pages are rendered by {@link DirectAttributesView}. */
	@Bean
	static BeanPostProcessor directAttributesViews() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver views) {
					views.setViewClass(DirectAttributesView.class);
				}
				return bean;
			}

		};
	}

	/** Pages speak the signed-in user's language preference (Spring MVC looks this bean up by name). */
	@Bean
	LocaleResolver localeResolver(CurrentPreferences preferences) {
		return new PreferenceLocaleResolver(preferences);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.currentActor);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.agreementsFirst).excludePathPatterns(OpenPaths.BEFORE_AGREEMENT);
	}

	/**
	 * Static files under their own paths (with {@code spring.web.resources.add-mappings=false}), not Spring Boot's
	 * catch-all {@code /**}: every link a page writes ({@code @{/rapidstart/...}}) goes through the resource URL
	 * encoding, and under {@code /**} each one was looked up on the class path (in the static folder and every WebJar)
	 * on every page view, since a path that is not a file is never cached. Resolved file URLs are cached.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/customer/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/customer/js/").resourceChain(true);
	}

}
