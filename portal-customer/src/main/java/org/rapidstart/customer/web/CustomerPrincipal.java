package org.rapidstart.customer.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Membership;
import org.rapidstart.provisioning.customeruser.CustomerAccess.SignInProfile;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in customer user, kept in the (JDBC) session, so it is serializable. An account may be a user of
 * several organizations: the principal works in one of them at a time ({@link #getCustomerId()}), chosen after
 * sign-in when there are several; until then it has no roles and every page leads to the choice. Roles here only
 * shape the navigation and the URL rules; every action re-reads the user's current membership (see
 * {@link CurrentActor}).
 */
public final class CustomerPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 2L;

	private final long accountId;

	private final String signInId;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final List<Membership> memberships;

	private final @Nullable Membership current;

	CustomerPrincipal(SignInProfile profile) {
		this(profile.accountId(), profile.signInId(), profile.displayName(), profile.passwordHash(),
				profile.enabled(), profile.memberships(),
				(profile.memberships().size() == 1) ? profile.memberships().get(0) : null);
	}

	private CustomerPrincipal(long accountId, String signInId, String displayName, @Nullable String passwordHash,
			boolean enabled, List<Membership> memberships, @Nullable Membership current) {
		this.accountId = accountId;
		this.signInId = signInId;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.memberships = List.copyOf(memberships);
		this.current = current;
	}

	/** The same person working in another of their organizations (memberships as they are now). */
	CustomerPrincipal in(Membership organisation, List<Membership> memberships) {
		return new CustomerPrincipal(this.accountId, this.signInId, this.displayName, null, this.enabled,
				memberships, organisation);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.signInId;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	public long getAccountId() {
		return this.accountId;
	}

	/** Whether an organization was chosen (always, for a user of one organization). */
	public boolean hasOrganisation() {
		return this.current != null;
	}

	/** The organization (tenant) the user works in now. */
	public long getCustomerId() {
		return organisation().customerId();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getOrganisationName() {
		return (this.current != null) ? this.current.organisationName() : "";
	}

	/** The roles in the organization the user works in now; none before one is chosen. */
	public Set<CustomerRole> getRoles() {
		return (this.current != null) ? this.current.roles() : Set.of();
	}

	public List<String> getRoleLabels() {
		return getRoles().isEmpty() ? List.of()
				: EnumSet.copyOf(getRoles()).stream().map(CustomerRole::label).toList();
	}

	/** The organizations the user could work in at sign-in (or at the last switch). */
	public List<Membership> getOrganisations() {
		return this.memberships;
	}

	/** Whether the header offers switching. */
	public boolean isSeveralOrganisations() {
		return this.memberships.size() > 1;
	}

	private Membership organisation() {
		if (this.current == null) {
			throw new IllegalStateException("no organization chosen yet");
		}
		return this.current;
	}

	/** Keeps the password hash out of the session once sign-in is done. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
