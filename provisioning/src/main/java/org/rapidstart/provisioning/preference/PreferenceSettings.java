package org.rapidstart.provisioning.preference;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves preferences: everyone their own; a Customer administrator the organization's defaults. The
 * effective preferences of a page come from here.
 */
@Service
public class PreferenceSettings {

	private final AccountPreferences accounts;

	private final OrganisationPreferences organisations;

	private final AuditLog audit;

	PreferenceSettings(AccountPreferences accounts, OrganisationPreferences organisations, AuditLog audit) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** A person's own choices. */
	@Transactional(readOnly = true)
	public Preferences own(long accountId) {
		return this.accounts.findById(accountId).map(AccountPreference::get).orElse(Preferences.NONE);
	}

	/** The defaults of the organization the actor works in (any of its users may read them). */
	@Transactional(readOnly = true)
	public Preferences organisation(CustomerActor actor) {
		return organisation(actor.customerId());
	}

	/** A customer user saves their own preferences. */
	@Transactional
	public void saveOwn(CustomerActor actor, Preferences preferences) {
		saveOwn(actor.accountId(), preferences);
		this.audit.recordInTenant(actor.signInId(), actor.customerId(),
				"PREFERENCES_CHANGED", actor.signInId() + " set their preferences: " + describe(preferences));
	}

	/** A Partner Portal person (a partner's, or Support without a partner) saves their own preferences. */
	@Transactional
	public void saveOwn(long accountId, String signInId, @Nullable Long partnerId, Preferences preferences) {
		saveOwn(accountId, preferences);
		this.audit.record(signInId, partnerId, null, "PREFERENCES_CHANGED",
				signInId + " set their preferences: " + describe(preferences));
	}

	/** Only a Customer administrator sets the organization's defaults. */
	@Transactional
	public void saveOrganisation(CustomerActor actor, Preferences preferences) {
		if (!actor.isAdministrator()) {
			throw new NotAllowedException("Only a Customer administrator sets the organization's preferences.");
		}
		OrganisationPreference row = this.organisations.findById(actor.customerId())
			.orElseGet(() -> new OrganisationPreference(actor.customerId()));
		row.set(preferences);
		this.organisations.save(row);
		this.audit.recordInTenant(actor.signInId(), actor.customerId(),
				"ORGANISATION_PREFERENCES_CHANGED", "Organization defaults set: " + describe(preferences));
	}

	/**
	 * What a page uses: the person's choices, else the organization's defaults (when they work in one), else the
	 * portal's.
	 */
	@Transactional(readOnly = true)
	public EffectivePreferences effective(long accountId, @Nullable Long customerId,
			EffectivePreferences portalDefaults) {
		Preferences chosen = own(accountId);
		if (customerId != null) {
			chosen = chosen.over(organisation(customerId));
		}
		return chosen.over(portalDefaults);
	}

	/**
	 * What a message to an organization's own contact address (no person's account) uses: the organization's
	 * defaults, else the portal's.
	 */
	@Transactional(readOnly = true)
	public EffectivePreferences organisationDefaults(long customerId, EffectivePreferences portalDefaults) {
		return organisation(customerId).over(portalDefaults);
	}

	@EventListener
	void onPurge(CustomerDataPurging event) {
		this.organisations.deleteById(event.customerId());
	}

	private void saveOwn(long accountId, Preferences preferences) {
		AccountPreference row = this.accounts.findById(accountId).orElseGet(() -> new AccountPreference(accountId));
		row.set(preferences);
		this.accounts.save(row);
	}

	private Preferences organisation(long customerId) {
		return this.organisations.findById(customerId).map(OrganisationPreference::get).orElse(Preferences.NONE);
	}

	private static String describe(Preferences p) {
		List<String> parts = new ArrayList<>();
		parts.add("language " + ((p.language() != null) ? p.language().toLanguageTag() : "default"));
		parts.add("time zone " + ((p.timeZone() != null) ? p.timeZone().getId() : "default"));
		parts.add("date format " + ((p.dateFormat() != null) ? p.dateFormat().name() : "default"));
		return String.join(", ", parts);
	}

}
