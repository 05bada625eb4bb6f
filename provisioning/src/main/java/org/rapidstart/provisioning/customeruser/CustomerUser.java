package org.rapidstart.provisioning.customeruser;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.account.Account;

/**
 * A person's membership of a customer tenant (the {@code Customer} row) with a set of RapidStart roles. It exists
 * from "Save" on; the person can sign in once they followed the e-mailed link, and while it is active. One account
 * may be a member of several tenants, once each.
 */
@Entity
@Table(name = "customer_user")
public class CustomerUser {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_user_seq")
	@SequenceGenerator(name = "customer_user_seq", sequenceName = "customer_user_seq", allocationSize = 50)
	private @Nullable Long id;

	private long customerId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "account_id")
	private @Nullable Account account;

	private String contactEmail;

	@Column(name = "roles")
	private String roles;

	private boolean active;

	private @Nullable Instant invitedAt;

	private @Nullable Instant activatedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected CustomerUser() {
		this.contactEmail = "";
		this.roles = "";
		this.createdAt = Instant.EPOCH;
	}

	CustomerUser(long customerId, Account account, String contactEmail, Set<CustomerRole> roles, Instant now) {
		this.customerId = customerId;
		this.account = account;
		this.contactEmail = contactEmail;
		this.roles = CustomerRole.format(CustomerRole.check(roles));
		this.active = true;
		this.createdAt = now;
	}

	void changeRoles(Set<CustomerRole> roles) {
		this.roles = CustomerRole.format(CustomerRole.check(roles));
	}

	void invited(Instant now) {
		this.invitedAt = now;
	}

	/** The person followed the e-mailed link and proved the account. */
	void activated(Instant now) {
		if (this.activatedAt == null) {
			this.activatedAt = now;
		}
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** An Administrator who can act: counts for the last-Administrator rule. */
	boolean isActingAdministrator() {
		return this.active && getRoles().contains(CustomerRole.ADMINISTRATOR);
	}

	public boolean canSignIn() {
		return this.active && this.activatedAt != null && getAccount().isEnabled();
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("CustomerUser not saved yet");
		}
		return this.id;
	}

	public long getCustomerId() {
		return this.customerId;
	}

	public Account getAccount() {
		if (this.account == null) {
			throw new IllegalStateException("customer user without account");
		}
		return this.account;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public Set<CustomerRole> getRoles() {
		return CustomerRole.parse(this.roles);
	}

	public boolean isActive() {
		return this.active;
	}

	public @Nullable Instant getInvitedAt() {
		return this.invitedAt;
	}

	public @Nullable Instant getActivatedAt() {
		return this.activatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
