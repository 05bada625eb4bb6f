package org.rapidstart.provisioning.customer;

/** A prospect became a customer with a VOICE account number; published inside the transaction that did it. */
public record VoiceAccountNumberAdded(long customerId, String actor) {

}
