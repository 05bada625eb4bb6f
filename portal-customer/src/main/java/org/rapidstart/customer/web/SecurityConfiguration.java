package org.rapidstart.customer.web;

import org.rapidstart.provisioning.customeruser.CustomerAccess;
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
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Who may open what in the Customer Portal: the activation and invitation links and sign-in are public; User
 * Management is for Customer administrators; everything else needs a customer user's sign-in (and, for a user of
 * several organizations, the choice of one: {@link OrganisationFirst}; a link that names the organization switches
 * to it: {@link OrganisationFromLink}). The session id
 * changes at sign-in (Spring Security's session fixation protection, on by default). The sign-in form's password
 * check sits behind the sign-in throttle: repeated failures for one sign-in ID or one address wait, then lock.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Who may open User Management and the organization's preferences. */
	static final String[] USERS = { "ADMINISTRATOR" };

	/** Who may open Design. */
	static final String[] DESIGN = { "ADMINISTRATOR", "DESIGNER" };

	/** Who may open Configure (projects) and Reports. */
	static final String[] CONFIGURE = { "ADMINISTRATOR", "CONFIGURATOR", "VIEWER" };

	@Bean
	SecurityFilterChain customerPortalSecurity(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SignIn signIn) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		// the only authentication manager of this chain, so nothing can bypass the throttle
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle)));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(OpenPaths.array(OpenPaths.PUBLIC))
			.permitAll()
			.requestMatchers("/users/**", "/preferences/organisation")
			.hasAnyRole(USERS)
			.requestMatchers("/rapidstart/design/**")
			.hasAnyRole(DESIGN)
			.requestMatchers("/rapidstart/projects/**", "/rapidstart/reports/**")
			.hasAnyRole(CONFIGURE)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/sign-in")
				.usernameParameter("signInId")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in?error"))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
			.exceptionHandling(ex -> ex.accessDeniedPage("/error/403"))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(maskedTokens()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny()))
			// a link that names its organization switches to it first, so that the choice and the URL rules see it
			.addFilterBefore(new OrganisationFromLink(signIn), AuthorizationFilter.class)
			.addFilterBefore(new OrganisationFirst(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Spring Security's default CSRF token handling (the token masked afresh for each response, against BREACH), with
	 * random bytes from a generator per thread instead of one shared, locked one.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadRandom());
		return handler;
	}

	@Bean
	UserDetailsService customerUserDetails(CustomerAccess access) {
		return signInId -> access.signInProfile(signInId)
			.map(CustomerPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown sign-in ID"));
	}

}
