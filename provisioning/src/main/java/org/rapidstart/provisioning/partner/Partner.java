package org.rapidstart.provisioning.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A partner organisation in the Partner Portal; activated when its first person verified the sign-in ID. */
@Entity
@Table(name = "partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
	@SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
	private @Nullable Long id;

	private String voicePartnerId;

	private String name;

	private @Nullable Instant activatedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Partner() {
		this.voicePartnerId = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	Partner(String voicePartnerId, String name, Instant now) {
		this.voicePartnerId = voicePartnerId;
		this.name = name;
		this.createdAt = now;
	}

	void activate(Instant now) {
		if (this.activatedAt == null) {
			this.activatedAt = now;
		}
	}

	public boolean isActivated() {
		return this.activatedAt != null;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Partner not saved yet");
		}
		return this.id;
	}

	public String getVoicePartnerId() {
		return this.voicePartnerId;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable Instant getActivatedAt() {
		return this.activatedAt;
	}

}
