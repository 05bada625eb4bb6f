package org.rapidstart.provisioning.customeruser;

/**
 * Someone proved an account other than the one a link is for. Carries only a masked form of the expected sign-in
 * ID, enough for the right person to recognise it.
 */
public class WrongAccountException extends RuntimeException {

	private final String expectedSignInHint;

	WrongAccountException(String expectedSignInId) {
		super("signed in with another account");
		this.expectedSignInHint = mask(expectedSignInId);
	}

	public String expectedSignInHint() {
		return this.expectedSignInHint;
	}

	/** {@code carl@cedar.example} -> {@code c•••@cedar.example}. */
	static String mask(String signInId) {
		int at = signInId.indexOf('@');
		if (at <= 0) {
			return "•••";
		}
		return signInId.charAt(0) + "•••" + signInId.substring(at);
	}

}
