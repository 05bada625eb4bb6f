package org.rapidstart.provisioning.customer;

import org.jspecify.annotations.Nullable;

/**
 * What "Create a new customer" collects. Without a VOICE account number the customer is a prospect.
 */
public record NewCustomer(@Nullable String voiceAccountNumber, String organisationName, @Nullable String street,
		@Nullable String city, @Nullable String state, @Nullable String postalCode, @Nullable String countryRegion,
		@Nullable String adminName, @Nullable String adminSignInId, String contactEmail) {

}
