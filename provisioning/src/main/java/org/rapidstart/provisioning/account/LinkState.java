package org.rapidstart.provisioning.account;

/** Where an e-mailed link stands; only {@link #VALID} links can be used. */
public enum LinkState {

	VALID, USED, EXPIRED, SUPERSEDED, UNKNOWN

}
