package org.rapidstart.customer.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The current actor for controllers, the agreements-first rule for every page but a few, and the language of pages
 * from the user's preferences.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentActor currentActor;

	private final AgreementsFirst agreementsFirst;

	WebConfiguration(CurrentActor currentActor, AgreementsFirst agreementsFirst) {
		this.currentActor = currentActor;
		this.agreementsFirst = agreementsFirst;
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

}
