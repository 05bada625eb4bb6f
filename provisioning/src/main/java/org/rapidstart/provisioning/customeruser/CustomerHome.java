package org.rapidstart.provisioning.customeruser;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.Customers;
import org.rapidstart.provisioning.subscription.ServiceRegions;
import org.rapidstart.provisioning.subscription.SubscriptionStatus;
import org.rapidstart.provisioning.subscription.Subscriptions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Customer Portal's home: the actor's organization and its online services. */
@Service
public class CustomerHome {

	private final Customers customers;

	private final Subscriptions subscriptions;

	private final int trialDays;

	private final int retentionDays;

	CustomerHome(Customers customers, Subscriptions subscriptions, RapidStartProperties properties) {
		this.customers = customers;
		this.subscriptions = subscriptions;
		this.trialDays = properties.trialDays();
		this.retentionDays = properties.retentionDays();
	}

	@Transactional(readOnly = true)
	public Organisation organisation(CustomerActor actor) {
		Customer customer = this.customers.findById(actor.customerId())
			.orElseThrow(() -> new NotFoundException("Customer"));
		List<ServiceView> services = this.subscriptions.findByCustomerId(customer.getId())
			.stream()
			.map(s -> new ServiceView(s.getService().label(), s.getStatus(),
					ServiceRegions.displayName(s.getCountryRegion(), java.util.Locale.ENGLISH), s.getDataCentre(),
					s.getActivatedAt()))
			.toList();
		return new Organisation(customer.getOrganisationName(), customer.getVoiceAccountNumber(),
				customer.trialEndsAt(this.trialDays), customer.getInactivatedAt(),
				(customer.getInactivatedAt() != null) ? customer.purgeDueAt(this.trialDays, this.retentionDays) : null,
				services);
	}

	/**
	 * The organization as the home page shows it.
	 */
	public record Organisation(String name, @Nullable String voiceAccountNumber, @Nullable Instant trialEndsAt,
			@Nullable Instant inactiveSince, @Nullable Instant dataDeletedOn, List<ServiceView> services) {

		public boolean inactive() {
			return this.services.stream().anyMatch(s -> s.status() == SubscriptionStatus.INACTIVE);
		}

	}

	/**
	 * One online service of the organization.
	 */
	public record ServiceView(String name, SubscriptionStatus status, String countryRegion, String dataCentre,
			@Nullable Instant activatedAt) {

	}

}
