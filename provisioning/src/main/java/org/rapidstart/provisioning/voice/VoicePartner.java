package org.rapidstart.provisioning.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner as the VOICE licensing directory knows it. */
@Entity
@Table(name = "voice_partner")
public class VoicePartner {

	@Id
	private String partnerId;

	private String name;

	private boolean certified;

	@Column(name = "schedule_c_signed")
	private boolean scheduleCSigned;

	protected VoicePartner() {
		this.partnerId = "";
		this.name = "";
	}

	public VoicePartner(String partnerId, String name, boolean certified, boolean scheduleCSigned) {
		this.partnerId = partnerId;
		this.name = name;
		this.certified = certified;
		this.scheduleCSigned = scheduleCSigned;
	}

	void update(String name, boolean certified, boolean scheduleCSigned) {
		this.name = name;
		this.certified = certified;
		this.scheduleCSigned = scheduleCSigned;
	}

	public String getPartnerId() {
		return this.partnerId;
	}

	public String getName() {
		return this.name;
	}

	public boolean isCertified() {
		return this.certified;
	}

	public boolean isScheduleCSigned() {
		return this.scheduleCSigned;
	}

}
