package org.rapidstart.provisioning.customeruser;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.rapidstart.provisioning.account.Account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names pages show for the people a record names: by sign-in ID (who started an import, who changed a row) the
 * person's display name when they are a user of the reader's organization, else the sign-in ID the record holds; by
 * account (a question group's assignee) the display name of a user of the organization. Nobody's name is read from
 * another tenant.
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

	/**
	 * The display name of a person a record names by account (a question group's assignee), if they are a user of
	 * the organization: one name read, not a user's whole membership.
	 */
	@Transactional(readOnly = true)
	public Optional<String> nameOfAccount(long customerId, long accountId) {
		return this.users.displayNameOfAccount(customerId, accountId);
	}

	/** The display names of the organization's users by account id: a page or report of many assignees. */
	@Transactional(readOnly = true)
	public Map<Long, String> byAccount(long customerId) {
		Map<Long, String> names = new HashMap<>();
		this.users.displayNames(customerId).forEach(n -> names.put(n.accountId(), n.displayName()));
		return names;
	}

}
