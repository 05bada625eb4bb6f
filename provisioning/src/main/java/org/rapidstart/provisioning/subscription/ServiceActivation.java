package org.rapidstart.provisioning.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.LinkState;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Customer Portal's side of "Send Activation": what an activation link is for and whether it still works, and
 * using it, which makes the service Active with its activation date.
 */
@Service
public class ServiceActivation {

	private final ActivationInvitations invitations;

	private final Clock clock;

	ServiceActivation(ActivationInvitations invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	/** The link as its page shows it, without using it. */
	@Transactional(readOnly = true)
	public Optional<ActivationLink> inspect(String token) {
		return this.invitations.findByTokenHash(SecureTokens.hash(token)).map(this::view);
	}

	/** Uses the link: single use, so a second try finds it used. Joins the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ActivationLink redeem(String token) {
		ActivationInvitation invitation = this.invitations.findByTokenHash(SecureTokens.hash(token))
			.orElseThrow(LinkState.UNKNOWN::refusal);
		Instant now = this.clock.instant();
		invitation.use(now);
		invitation.getSubscription().activate(now);
		return view(invitation);
	}

	private ActivationLink view(ActivationInvitation invitation) {
		Subscription subscription = invitation.getSubscription();
		return new ActivationLink(invitation.state(this.clock.instant()), invitation.getSignInId(),
				invitation.getAdminName(), invitation.getContactEmail(), subscription.getCustomer().getId(),
				subscription.getCustomer().getPartnerId(), subscription.getCustomer().getOrganisationName(),
				subscription.getId(), subscription.getService().label());
	}

	/**
	 * An activation link: for whom (sign-in ID) and for which customer's service.
	 */
	public record ActivationLink(LinkState state, String signInId, String adminName, String contactEmail,
			long customerId, long partnerId, String organisationName, long subscriptionId,
			@Nullable String serviceLabel) {

	}

}
