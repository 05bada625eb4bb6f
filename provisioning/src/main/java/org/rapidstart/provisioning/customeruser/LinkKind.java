package org.rapidstart.provisioning.customeruser;

/** The two e-mailed links that make a person a customer user. */
public enum LinkKind {

	/** "Send Activation" in the Partner Portal: the Customer administrator activates the service. */
	ACTIVATION,

	/** "Send Invitation" in User Management: a new customer user. */
	INVITATION

}
