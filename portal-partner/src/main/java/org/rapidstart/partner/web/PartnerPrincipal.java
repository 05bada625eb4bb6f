package org.rapidstart.partner.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.partner.PartnerRole;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in Partner Portal person, kept in the (JDBC) session, so it is serializable. */
public final class PartnerPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String signInId;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final PartnerRole role;

	private final @Nullable Long partnerId;

	private final @Nullable String voicePartnerId;

	private final @Nullable String partnerName;

	PartnerPrincipal(SignInProfile profile) {
		this.accountId = profile.accountId();
		this.signInId = profile.signInId();
		this.displayName = profile.displayName();
		this.passwordHash = profile.passwordHash();
		this.enabled = profile.enabled();
		this.role = profile.role();
		this.partnerId = profile.partnerId();
		this.voicePartnerId = profile.voicePartnerId();
		this.partnerName = profile.partnerName();
	}

	/** The partner this person acts for; Support has none. */
	public PartnerActor actor() {
		if (this.partnerId == null || this.voicePartnerId == null) {
			throw new NotFoundException("Partner");
		}
		return new PartnerActor(this.accountId, this.signInId, this.partnerId, this.voicePartnerId, this.role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
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

	public String getDisplayName() {
		return this.displayName;
	}

	/** The partner this person works for; Support has none. */
	public @Nullable Long getPartnerId() {
		return this.partnerId;
	}

	public @Nullable String getPartnerName() {
		return this.partnerName;
	}

	public PartnerRole getRole() {
		return this.role;
	}

	public long getAccountId() {
		return this.accountId;
	}

	/** Keeps the password hash out of the session once sign-in is done. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
