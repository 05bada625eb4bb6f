package org.rapidstart.provisioning;

/**
 * The one asking may see this but not do it (a role it does not hold, or no longer holds): services re-check roles
 * themselves rather than trusting the portals' URL rules, and each portal answers every such refusal with its
 * "Not allowed" page (403). The message is for logs only; it never reaches a page.
 */
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String message) {
		super(message);
	}

}
