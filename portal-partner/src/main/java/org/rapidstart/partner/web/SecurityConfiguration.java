package org.rapidstart.partner.web;

import org.rapidstart.provisioning.partner.PartnerAccounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may open what in the Partner Portal: the home page and partner activation are public; Support works in
 * {@code /support}; only administrators manage partner users; everything else needs a partner sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain partnerPortalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/register", "/register/**", "/sign-in", "/webjars/**", "/css/**", "/error",
					"/favicon.ico")
			.permitAll()
			.requestMatchers("/support/**")
			.hasRole("SUPPORT")
			.requestMatchers("/users/**")
			.hasRole("PARTNER_ADMIN")
			.anyRequest()
			.hasAnyRole("PARTNER_ADMIN", "PARTNER_USER"))
			.formLogin(form -> form.loginPage("/sign-in")
				.usernameParameter("signInId")
				.successHandler(new RoleLandingPage())
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in?error"))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut"))
			.exceptionHandling(ex -> ex.accessDeniedPage("/error/403"))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	UserDetailsService partnerUserDetails(PartnerAccounts accounts) {
		return signInId -> accounts.signInProfile(signInId)
			.map(PartnerPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown sign-in ID"));
	}

}
