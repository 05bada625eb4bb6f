package org.rapidstart.customer.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerAccess.SignInProfile;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in customer user, kept in the (JDBC) session, so it is serializable. Roles here only shape the
 * navigation and the URL rules; every action re-reads the user's current membership (see {@link CurrentActor}).
 */
public final class CustomerPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String signInId;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final long customerId;

	private final String organisationName;

	private final EnumSet<CustomerRole> roles;

	CustomerPrincipal(SignInProfile profile) {
		this.accountId = profile.accountId();
		this.signInId = profile.signInId();
		this.displayName = profile.displayName();
		this.passwordHash = profile.passwordHash();
		this.enabled = profile.enabled();
		this.customerId = profile.customerId();
		this.organisationName = profile.organisationName();
		this.roles = profile.roles().isEmpty() ? EnumSet.noneOf(CustomerRole.class) : EnumSet.copyOf(profile.roles());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
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

	public long getCustomerId() {
		return this.customerId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public Set<CustomerRole> getRoles() {
		return Set.copyOf(this.roles);
	}

	public List<String> getRoleLabels() {
		return this.roles.stream().map(CustomerRole::label).toList();
	}

	/** Keeps the password hash out of the session once sign-in is done. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
