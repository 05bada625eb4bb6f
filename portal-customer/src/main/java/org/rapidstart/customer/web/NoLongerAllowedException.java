package org.rapidstart.customer.web;

/** The signed-in user was deactivated or removed, or the organization's data was purged, since signing in. */
class NoLongerAllowedException extends RuntimeException {

	NoLongerAllowedException() {
		super("customer user can no longer use the portal");
	}

}
