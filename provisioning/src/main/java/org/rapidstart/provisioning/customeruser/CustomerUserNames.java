package org.rapidstart.provisioning.customeruser;

import org.rapidstart.provisioning.account.Account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names pages show for the people a record names by sign-in ID (who started an import, who changed a row): the
 * person's display name when they are a user of the reader's organization, as assignees are shown. Someone who is
 * no longer a user there keeps the sign-in ID the record holds, and nobody's name is read from another tenant.
 */
@Service
public class CustomerUserNames {

	private final CustomerUsers users;

	CustomerUserNames(CustomerUsers users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public String nameOf(CustomerActor reader, String signInId) {
		return this.users.displayNameOf(reader.customerId(), Account.normalise(signInId))
			.filter(name -> !name.isBlank())
			.orElse(signInId);
	}

}
