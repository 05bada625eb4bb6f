package org.rapidstart.provisioning.lifecycle;

/**
 * A member of the operator's Support team, as checked by {@link SupportConsole#actor(long)}: the console's work
 * takes one, so no caller reaches it on the strength of a URL rule alone.
 */
public final class SupportActor {

	private final long accountId;

	private final String signInId;

	SupportActor(long accountId, String signInId) {
		this.accountId = accountId;
		this.signInId = signInId;
	}

	public long accountId() {
		return this.accountId;
	}

	public String signInId() {
		return this.signInId;
	}

}
