package org.rapidstart.demo;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.rapidstart.demo.mailbox.MailStore;
import org.rapidstart.demo.mailbox.StoredMail;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.subscription.OnlineService;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.voice.VoiceCustomer;

import org.springframework.context.ApplicationContext;

/**
 * The demo's customer, so that the Customer Portal can be tried at once: Harbor Lane enrols its VOICE customer
 * Alder Manufacturing with the address VOICE has for it (as "Fill other fields" does; a new project starts from it),
 * adds RapidStart Services for the United States and sends the activation, and the Customer administrator activates
 * it from the link in the e-mail with a new account, all through the platform's own services, as the Partner Portal
 * and the activation page would. The agreements are left for the first sign-in. Only with the embedded mailbox,
 * which is where the link arrives.
 * <p>
 * Every start does what is not done yet, so a start that stopped half-way (between enrolling and the administrator's
 * account) is finished by the next one; once the administrator's account exists, a start only looks it up.
 */
final class DemoCustomer {

	static final String VOICE_ACCOUNT = "CUS-200001";

	static final String ORGANISATION = "Alder Manufacturing";

	static final String ADMIN = "ada@alder.example";

	static final String ADMIN_NAME = "Ada Alder";

	private static final Pattern ACTIVATION_LINK = Pattern.compile("/activation/([A-Za-z0-9_-]+)");

	private final ApplicationContext partnerPortal;

	private final ApplicationContext customerPortal;

	private final MailStore mail;

	DemoCustomer(ApplicationContext partnerPortal, ApplicationContext customerPortal, MailStore mail) {
		this.partnerPortal = partnerPortal;
		this.customerPortal = customerPortal;
		this.mail = mail;
	}

	/**
	 * Enrols, signs up and activates the customer as far as that is not done yet; returns whether its administrator's
	 * account exists afterwards (false when someone enrolled the customer by hand for another administrator).
	 */
	boolean seed(Duration mailTimeout) {
		if (this.partnerPortal.getBean(Accounts.class).findBySignIn(ADMIN).isPresent()) {
			return true;
		}
		PartnerActor actor = harborLane();
		CustomerEnrolment enrolment = this.partnerPortal.getBean(CustomerEnrolment.class);
		Customer customer = enrolment.list(actor)
			.stream()
			.filter(c -> VOICE_ACCOUNT.equals(c.getVoiceAccountNumber()))
			.findFirst()
			.orElseGet(() -> enrolment.create(actor, fromVoice(enrolment, actor)));
		if (!ADMIN.equals(customer.getAdminSignInId())) {
			return false;
		}
		ServiceSignUp signUp = this.partnerPortal.getBean(ServiceSignUp.class);
		Subscription subscription = signUp.servicesOf(actor, customer.getId())
			.stream()
			.filter(s -> s.getService() == OnlineService.RAPIDSTART)
			.findFirst()
			.orElseGet(() -> signUp.addRapidStart(actor, customer.getId(), "US"));
		// an activation mail from an earlier start carries a link that this sending makes stop working
		Set<String> earlier = this.mail.messages().stream().map(StoredMail::id).collect(Collectors.toSet());
		signUp.sendActivation(actor, subscription.getId(), ADMIN_NAME, ADMIN, ADMIN);
		this.customerPortal.getBean(CustomerLinks.class)
			.redeemByNewAccount(LinkKind.ACTIVATION, activationToken(earlier, mailTimeout), ADMIN_NAME,
					DemoData.PASSWORD, DemoData.PASSWORD);
		return true;
	}

	private PartnerActor harborLane() {
		PartnerAccounts.SignInProfile partner = this.partnerPortal.getBean(PartnerAccounts.class)
			.signInProfile(DemoData.PARTNER_ADMIN)
			.orElseThrow(() -> new IllegalStateException("Demo data: " + DemoData.PARTNER_ADMIN + " is missing"));
		return new PartnerActor(partner.accountId(), partner.signInId(), Objects.requireNonNull(partner.partnerId()),
				Objects.requireNonNull(partner.voicePartnerId()), partner.role());
	}

	/** The customer as VOICE has it (the seeded directory), with its administrator. */
	private static NewCustomer fromVoice(CustomerEnrolment enrolment, PartnerActor actor) {
		VoiceCustomer voice = enrolment.findMyVoiceCustomer(actor, VOICE_ACCOUNT)
			.orElseThrow(() -> new IllegalStateException("Demo data: VOICE customer " + VOICE_ACCOUNT + " is missing"));
		return new NewCustomer(VOICE_ACCOUNT, voice.getOrganisationName(), voice.getStreet(), voice.getCity(),
				voice.getState(), voice.getPostalCode(), voice.getCountryRegion(), ADMIN_NAME, ADMIN, ADMIN);
	}

	/**
	 * The token of the activation link, from the e-mail once the outbox has sent it to the mailbox; mails that were
	 * there before ({@code earlier}) do not count.
	 */
	private String activationToken(Set<String> earlier, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> token = this.mail.messages()
				.stream()
				.filter(m -> !earlier.contains(m.id()) && m.to().contains(ADMIN)
						&& m.subject().startsWith("Activate RapidStart"))
				.map(StoredMail::body)
				.map(ACTIVATION_LINK::matcher)
				.filter(Matcher::find)
				.map(m -> m.group(1))
				.findFirst();
			if (token.isPresent()) {
				return token.get();
			}
			try {
				// the outbox sends every couple of seconds; nothing here can be told when it has
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the activation e-mail", ex);
			}
		}
		throw new IllegalStateException("The activation e-mail to " + ADMIN + " did not arrive within " + timeout);
	}

}
