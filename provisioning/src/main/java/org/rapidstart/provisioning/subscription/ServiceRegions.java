package org.rapidstart.provisioning.subscription;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.RapidStartProperties.ServiceRegion;

import org.springframework.stereotype.Component;

/** Countries/regions of use: which are supported and which data centre serves each. */
@Component
public class ServiceRegions {

	private final List<ServiceRegion> supported;

	ServiceRegions(RapidStartProperties properties) {
		this.supported = properties.serviceRegions();
	}

	public Optional<ServiceRegion> find(String countryRegion) {
		return this.supported.stream().filter(r -> r.countryRegion().equalsIgnoreCase(countryRegion)).findFirst();
	}

	/** The supported countries/regions, by name. */
	public List<Country> supported(Locale locale) {
		return this.supported.stream()
			.map(r -> new Country(r.countryRegion(), displayName(r.countryRegion(), locale), r.dataCentre()))
			.sorted(byName(locale))
			.toList();
	}

	/** Every country/region, by name; the ones not supported carry no data centre. */
	public List<Country> all(Locale locale) {
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, displayName(code, locale),
					find(code).map(ServiceRegion::dataCentre).orElse(null)))
			.sorted(byName(locale))
			.toList();
	}

	public static String displayName(String countryRegion, Locale locale) {
		return new Locale("", countryRegion).getDisplayCountry(locale);
	}

	private static Comparator<Country> byName(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Comparator.comparing(Country::name, collator);
	}

	/**
	 * A country/region with its data centre, if RapidStart Services is offered there.
	 */
	public record Country(String code, String name, @Nullable String dataCentre) {

		public boolean supported() {
			return this.dataCentre != null;
		}

	}

}
