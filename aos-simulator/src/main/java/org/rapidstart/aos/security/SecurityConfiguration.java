package org.rapidstart.aos.security;

import java.net.URI;

import tools.jackson.databind.json.JsonMapper;

import org.rapidstart.aos.AosProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String REALM = "AOS";

	@Bean
	SecurityFilterChain aosSecurity(HttpSecurity http, JsonMapper json) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"The AOS service account credentials are missing or wrong.");
			problem.setTitle("Unauthorized");
			problem.setType(URI.create("urn:rapidstart:aos:unauthorized"));
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		};
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/aos/css/**",
					"/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
			// a stateless API authenticated on every request, and a console that only reads: no session to forge
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * {@code {noop}}: the password is configuration in clear text already, so hashing it in memory protects
	 * nothing and would cost a BCrypt round on every stateless request. A plain lambda rather than
	 * {@code InMemoryUserDetailsManager}: that one is a {@code UserDetailsPasswordService}, and Spring Security
	 * would "upgrade" the password to BCrypt after the first sign-in, costing ~60 ms per request afterwards.
	 */
	@Bean
	UserDetailsService aosServiceAccount(AosProperties properties) {
		String user = properties.serviceAccount().user();
		String password = "{noop}" + properties.serviceAccount().password();
		return username -> {
			if (!user.equals(username)) {
				throw new UsernameNotFoundException("Not the AOS service account");
			}
			return User.withUsername(user).password(password).roles("AOS_SERVICE").build();
		};
	}

}
