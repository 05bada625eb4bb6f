package org.rapidstart.provisioning.preference;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer organization's defaults for its users. */
@Entity
@Table(name = "customer_preference")
class OrganisationPreference {

	@Id
	private long customerId;

	@Embedded
	private PreferenceColumns columns = new PreferenceColumns();

	@Version
	private long version;

	protected OrganisationPreference() {
	}

	OrganisationPreference(long customerId) {
		this.customerId = customerId;
	}

	Preferences get() {
		return this.columns.get();
	}

	void set(Preferences preferences) {
		this.columns.set(preferences);
	}

}
