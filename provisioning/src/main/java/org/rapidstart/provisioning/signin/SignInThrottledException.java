package org.rapidstart.provisioning.signin;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused, before its password was checked, because of earlier failures. */
public class SignInThrottledException extends AuthenticationException {

	private final SignInRefusal refusal;

	public SignInThrottledException(SignInRefusal refusal) {
		super("Too many failed sign-ins");
		this.refusal = refusal;
	}

	public SignInRefusal getRefusal() {
		return this.refusal;
	}

}
