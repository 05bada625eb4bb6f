package org.rapidstart.provisioning.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link SignInThrottle} in front of a portal's password check: a refused attempt never reaches the password
 * check (and says until when), every failure counts, a success resets the sign-in ID's counter. Both portals build
 * their sign-in with it.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String signInId = authentication.getName();
		String address = address(authentication);
		this.throttle.admit(signInId, address).ifPresent(refusal -> {
			throw new SignInThrottledException(refusal);
		});
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(signInId, address);
			throw ex;
		}
		if (result == null) {
			this.throttle.failed(signInId, address);
			return null;
		}
		this.throttle.succeeded(signInId);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client address the servlet container reports (behind a proxy: configure forwarded headers). */
	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
