package org.rapidstart.provisioning.account;

/** What an e-mailed set-your-password link is for. */
public enum LinkPurpose {

	/** The first person of a partner verifies the sign-in ID and becomes the Partner Portal administrator. */
	PARTNER_REGISTRATION,

	/** A partner administrator added this person as a partner user. */
	PARTNER_INVITATION

}
