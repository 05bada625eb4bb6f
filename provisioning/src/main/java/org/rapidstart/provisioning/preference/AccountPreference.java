package org.rapidstart.provisioning.preference;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's own preferences (an account's, whichever portal and organization they work in). */
@Entity
@Table(name = "account_preference")
class AccountPreference {

	@Id
	private long accountId;

	@Embedded
	private PreferenceColumns columns = new PreferenceColumns();

	@Version
	private long version;

	protected AccountPreference() {
	}

	AccountPreference(long accountId) {
		this.accountId = accountId;
	}

	Preferences get() {
		return this.columns.get();
	}

	void set(Preferences preferences) {
		this.columns.set(preferences);
	}

}
