package org.rapidstart.provisioning.partner;

/**
 * The signed-in partner person on whose behalf a service acts. Every partner-side service method takes one and
 * scopes what it reads and writes to {@link #partnerId()}.
 */
public record PartnerActor(long accountId, String signInId, long partnerId, String voicePartnerId,
		PartnerRole role) {

	public boolean isAdministrator() {
		return this.role == PartnerRole.PARTNER_ADMIN;
	}

}
