package org.rapidstart.provisioning.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Who did what, when, to which partner or customer. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
	@SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
	private @Nullable Long id;

	private Instant occurredAt;

	private String actor;

	private @Nullable Long partnerId;

	private @Nullable Long customerId;

	private String action;

	private String details;

	protected AuditEvent() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = "";
		this.details = "";
	}

	AuditEvent(Instant occurredAt, String actor, @Nullable Long partnerId, @Nullable Long customerId, String action,
			String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.partnerId = partnerId;
		this.customerId = customerId;
		this.action = action;
		this.details = (details.length() > 2000) ? details.substring(0, 2000) : details;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public @Nullable Long getPartnerId() {
		return this.partnerId;
	}

	public @Nullable Long getCustomerId() {
		return this.customerId;
	}

	public String getAction() {
		return this.action;
	}

	public String getDetails() {
		return this.details;
	}

}
