package org.rapidstart.partner.web;

import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.signin.SignInThrottle;
import org.rapidstart.provisioning.signin.ThrottledAuthenticationProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may open what in the Partner Portal: the home page and partner activation are public; Support works in
 * {@code /support}; only administrators manage partner users; everything else needs a partner sign-in. The
 * password check sits behind the sign-in throttle: repeated failures for one sign-in ID or one address wait, then
 * lock.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain partnerPortalSecurity(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		// the only authentication manager of this chain, so nothing can bypass the throttle
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/register", "/register/**", "/sign-in", "/webjars/**", "/css/**", "/error",
					"/favicon.ico")
			.permitAll()
			.requestMatchers("/support/**")
			.hasRole("SUPPORT")
			.requestMatchers("/preferences")
			.authenticated()
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
