package org.rapidstart.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapidstart.demo.mailbox.MailStore;
import org.rapidstart.demo.mailbox.StoredMail;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;

import org.springframework.context.ApplicationContext;

/**
 * The demo's customer, so that the Customer Portal can be tried at once: Harbor Lane enrols its VOICE customer
 * Alder Manufacturing with the address VOICE has for it (as "Fill other fields" does; a new project starts from it), adds RapidStart Services for the United States and sends the activation, and the Customer
 * administrator activates it from the link in the e-mail with a new account, all through the platform's own
 * services, as the Partner Portal and the activation page would. The agreements are left for the first sign-in.
 * Only on the first start (when the customer is not enrolled yet) and only with the embedded mailbox, which is
 * where the link arrives.
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
	 * Enrols and activates the customer unless it is enrolled already; returns whether its administrator's account
	 * exists afterwards (false when someone enrolled the customer by hand with another administrator).
	 */
	boolean seed(Connection cloud, Duration mailTimeout) throws SQLException {
		if (!exists(cloud, "SELECT 1 FROM customer WHERE voice_account_number = ?", VOICE_ACCOUNT)) {
			PartnerAccounts.SignInProfile partner = this.partnerPortal.getBean(PartnerAccounts.class)
				.signInProfile(DemoData.PARTNER_ADMIN)
				.orElseThrow(() -> new IllegalStateException("Demo data: " + DemoData.PARTNER_ADMIN + " is missing"));
			PartnerActor actor = new PartnerActor(partner.accountId(), partner.signInId(),
					Objects.requireNonNull(partner.partnerId()), Objects.requireNonNull(partner.voicePartnerId()),
					partner.role());
			Customer customer = this.partnerPortal.getBean(CustomerEnrolment.class)
				.create(actor, fromVoice(cloud));
			ServiceSignUp signUp = this.partnerPortal.getBean(ServiceSignUp.class);
			Subscription subscription = signUp.addRapidStart(actor, customer.getId(), "US");
			signUp.sendActivation(actor, subscription.getId(), ADMIN_NAME, ADMIN, ADMIN);
			this.customerPortal.getBean(CustomerLinks.class)
				.redeemByNewAccount(LinkKind.ACTIVATION, activationToken(mailTimeout), ADMIN_NAME, DemoData.PASSWORD,
						DemoData.PASSWORD);
		}
		return exists(cloud, "SELECT 1 FROM account WHERE sign_in_id = ?", ADMIN);
	}

	/** The customer as VOICE has it (the seeded directory), with its administrator. */
	private static NewCustomer fromVoice(Connection cloud) throws SQLException {
		try (PreparedStatement query = cloud.prepareStatement("""
				SELECT organisation_name, street, city, state, postal_code, country_region FROM voice_customer
				WHERE account_number = ?""")) {
			query.setString(1, VOICE_ACCOUNT);
			try (ResultSet rows = query.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("Demo data: VOICE customer " + VOICE_ACCOUNT + " is missing");
				}
				return new NewCustomer(VOICE_ACCOUNT, rows.getString(1), rows.getString(2), rows.getString(3),
						rows.getString(4), rows.getString(5), rows.getString(6), ADMIN_NAME, ADMIN, ADMIN);
			}
		}
	}

	/** The token of the activation link, from the e-mail once the outbox has sent it to the mailbox. */
	private String activationToken(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> token = this.mail.messages()
				.stream()
				.filter(m -> m.to().contains(ADMIN) && m.subject().startsWith("Activate RapidStart"))
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

	private static boolean exists(Connection connection, String sql, String value) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, value);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

}
