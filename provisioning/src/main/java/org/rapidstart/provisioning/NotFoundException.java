package org.rapidstart.provisioning;

/**
 * Something does not exist, or does not exist for the one asking: a foreign tenant's id looks exactly like an
 * unknown id, so nobody learns what another tenant has.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
