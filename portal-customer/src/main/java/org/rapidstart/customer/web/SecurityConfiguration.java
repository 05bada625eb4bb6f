package org.rapidstart.customer.web;

import org.rapidstart.provisioning.customeruser.CustomerAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may open what in the Customer Portal: the activation and invitation links and sign-in are public; User
 * Management is for Customer administrators; everything else needs a customer user's sign-in. The session id
 * changes at sign-in (Spring Security's session fixation protection, on by default).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain customerPortalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/activation/**", "/invitation/**", "/sign-in", "/webjars/**", "/css/**", "/error",
					"/error/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/users/**")
			.hasRole("ADMINISTRATOR")
			.requestMatchers("/rapidstart/design/**")
			.hasAnyRole("ADMINISTRATOR", "DESIGNER")
			.requestMatchers("/rapidstart/projects/**", "/rapidstart/reports/**")
			.hasAnyRole("ADMINISTRATOR", "CONFIGURATOR", "VIEWER")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.usernameParameter("signInId")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in?error"))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
			.exceptionHandling(ex -> ex.accessDeniedPage("/error/403"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	UserDetailsService customerUserDetails(CustomerAccess access) {
		return signInId -> access.signInProfile(signInId)
			.map(CustomerPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown sign-in ID"));
	}

}
