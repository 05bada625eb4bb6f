package org.rapidstart.customer;

import java.io.StringReader;
import java.util.UUID;

import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The partner side, done through the real services, so Customer Portal tests start where a customer does: with an
 * activation e-mail. Names are unique per call so tests sharing a database never collide.
 */
@TestComponent
public class CustomerFixtures {

	public static final String PASSWORD = "correct-horse-battery";

	/** Every Customer Portal test runs on a clock it can move. */
	@Bean
	@Primary
	static TestClock testClock() {
		return new TestClock();
	}

	private final VoiceDirectory voice;

	private final PartnerAccounts partnerAccounts;

	private final CustomerEnrolment enrolment;

	private final ServiceSignUp signUp;

	private final CustomerLinks links;

	private final CustomerAccess access;

	private final UserManagement management;

	private final Agreements agreements;

	private final CustomerHome home;

	CustomerFixtures(VoiceDirectory voice, PartnerAccounts partnerAccounts, CustomerEnrolment enrolment,
			ServiceSignUp signUp, CustomerLinks links, CustomerAccess access, UserManagement management,
			Agreements agreements, CustomerHome home) {
		this.home = home;
		this.management = management;
		this.agreements = agreements;
		this.voice = voice;
		this.partnerAccounts = partnerAccounts;
		this.enrolment = enrolment;
		this.signUp = signUp;
		this.links = links;
		this.access = access;
	}

	/** A certified partner with an activated administrator and one VOICE customer ("CUS-" + suffix). */
	public Partner partner() {
		String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		load("partner_id,name,certified,schedule_c_signed\nPRT-" + s + ",Harbor Lane " + s + ",yes,yes\n");
		load("account_number,organisation_name,street,city,state,postal_code,country_region,partner_id\nCUS-" + s
				+ ",Alder " + s + ",1 Mill Road,Springfield,IL,62701,US,PRT-" + s + "\n");
		String signIn = "admin-" + s.toLowerCase() + "@partner.example";
		this.partnerAccounts.register("PRT-" + s, "Admin " + s, signIn);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify"));
		this.partnerAccounts.completeSignUp(link.substring(link.lastIndexOf('/') + 1), PASSWORD, PASSWORD);
		SignInProfile p = this.partnerAccounts.signInProfile(signIn).orElseThrow();
		return new Partner(new PartnerActor(p.accountId(), p.signInId(), p.partnerId(), p.voicePartnerId(), p.role()),
				s.toLowerCase(), "CUS-" + s);
	}

	/** A prospect with RapidStart Services and an activation e-mail sent; returns the token from the e-mail. */
	public Activation prospectWithActivation(Partner partner, String name) {
		String signIn = name + "-" + partner.s() + "@customer.example";
		String contact = "contact-" + signIn;
		Customer customer = this.enrolment.create(partner.actor(), new NewCustomer(null, "Org " + name + " "
				+ partner.s(), null, null, null, null, "US", "Admin " + name, signIn, contact));
		Subscription subscription = this.signUp.addRapidStart(partner.actor(), customer.getId(), "GB");
		this.signUp.sendActivation(partner.actor(), subscription.getId(), "Admin " + name, signIn, contact);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contact,
				"Activate RapidStart"));
		return new Activation(customer, subscription.getId(), signIn, contact, link);
	}

	/** A prospect whose administrator activated the service (agreements not yet accepted). */
	public CustomerActor activatedAdmin(Partner partner, String name) {
		Activation activation = prospectWithActivation(partner, name);
		long accountId = this.links.redeemByNewAccount(LinkKind.ACTIVATION, activation.token(), "Admin " + name,
				PASSWORD, PASSWORD).getId();
		return this.access.actor(accountId).orElseThrow();
	}

	/** The name of the organization the actor works in. */
	public String organisationName(CustomerActor actor) {
		return this.home.organisation(actor).name();
	}

	/** The actor agrees to the current agreements, as on the agreements page. */
	public void agree(CustomerActor actor) {
		this.agreements.accept(actor, java.util.Map.of(AgreementDocument.ONLINE_SERVICES_AGREEMENT,
				AgreementDocument.ONLINE_SERVICES_AGREEMENT.currentVersion(), AgreementDocument.PRIVACY_STATEMENT,
				AgreementDocument.PRIVACY_STATEMENT.currentVersion()));
	}

	/** A user the administrator invited, who followed the link (new account) and agreed; their actor. */
	public CustomerActor invitedUser(CustomerActor admin, String name, java.util.Set<CustomerRole> roles) {
		String signIn = name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
		long id = this.management.create(admin, "User " + name, signIn, signIn, roles).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "invited"));
		long accountId = this.links.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1),
				"", PASSWORD, PASSWORD).getId();
		CustomerActor actor = this.access.actor(accountId).orElseThrow();
		agree(actor);
		return actor;
	}

	private void load(String csv) {
		VoiceDirectory.ImportResult result = this.voice.importCsv(new StringReader(csv), "test");
		if (!result.succeeded()) {
			throw new IllegalStateException(result.errors().toString());
		}
	}

	public record Partner(PartnerActor actor, String s, String voiceCustomer) {

	}

	public record Activation(Customer customer, long subscriptionId, String signInId, String contact, String link) {

		public String token() {
			return this.link.substring(this.link.lastIndexOf('/') + 1);
		}

		/** The e-mailed link, pointed at the portal under test. */
		public String linkOn(String baseUrl) {
			return this.link.replace("http://localhost:8082", baseUrl);
		}

	}

}
