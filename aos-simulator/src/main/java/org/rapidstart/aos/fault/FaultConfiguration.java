package org.rapidstart.aos.fault;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

	/** Before Spring Security's chain (order -100), so maintenance answers 503 even without credentials. */
	@Bean
	FilterRegistrationBean<FaultInjectionFilter> faultInjection(FaultSwitches switches, JsonMapper json) {
		FilterRegistrationBean<FaultInjectionFilter> registration = new FilterRegistrationBean<>(
				new FaultInjectionFilter(switches, json));
		registration.setOrder(-200);
		registration.addUrlPatterns("/aos/*");
		return registration;
	}

}
