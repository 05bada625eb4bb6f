package org.rapidstart.provisioning;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the cloud side ({@code rapidstart.*}). Defaults suit the local platform.
 *
 * @param partnerPortalBaseUrl where e-mailed Partner Portal links point
 * @param customerPortalBaseUrl where e-mailed Customer Portal (activation) links point
 * @param activationLinkValidity how long an activation link works
 * @param accountLinkValidity how long a partner verification or invitation link works
 * @param trialDays how long a prospect's service is active without a VOICE account number
 * @param retentionDays how long an inactive prospect's data is kept before it is purged
 * @param mailFrom sender address of every e-mail
 * @param serviceRegions countries/regions where RapidStart Services is offered, with their data centres
 */
@Validated
@ConfigurationProperties("rapidstart")
public record RapidStartProperties(@DefaultValue("http://localhost:8081") URI partnerPortalBaseUrl,
		@DefaultValue("http://localhost:8082") URI customerPortalBaseUrl,
		@DefaultValue("7d") Duration activationLinkValidity, @DefaultValue("2d") Duration accountLinkValidity,
		@DefaultValue("90") int trialDays, @DefaultValue("30") int retentionDays,
		@DefaultValue("RapidStart Services <no-reply@rapidstart.example>") String mailFrom,
		List<@Valid ServiceRegion> serviceRegions) {

	/** Offered when nothing is configured: the demo and the tests rely on this list. */
	static final List<ServiceRegion> DEFAULT_REGIONS = List.of(new ServiceRegion("US", "North America (Virginia)"),
			new ServiceRegion("CA", "North America (Virginia)"), new ServiceRegion("MX", "North America (Virginia)"),
			new ServiceRegion("GB", "Europe (Dublin)"), new ServiceRegion("IE", "Europe (Dublin)"),
			new ServiceRegion("DE", "Europe (Amsterdam)"), new ServiceRegion("DK", "Europe (Amsterdam)"),
			new ServiceRegion("NL", "Europe (Amsterdam)"), new ServiceRegion("FR", "Europe (Amsterdam)"),
			new ServiceRegion("AU", "Asia Pacific (Sydney)"), new ServiceRegion("NZ", "Asia Pacific (Sydney)"),
			new ServiceRegion("SG", "Asia Pacific (Singapore)"));

	public RapidStartProperties {
		// the binder passes null when no region is configured
		if (serviceRegions == null || serviceRegions.isEmpty()) {
			serviceRegions = DEFAULT_REGIONS;
		}
		serviceRegions = List.copyOf(serviceRegions);
	}

	/**
	 * A country/region of use (ISO 3166 alpha-2) and the data centre that serves it.
	 */
	public record ServiceRegion(@NotEmpty String countryRegion, @NotNull String dataCentre) {
	}

}
