package org.rapidstart.provisioning;

import java.io.StringReader;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.lifecycle.SupportActor;
import org.rapidstart.provisioning.lifecycle.SupportConsole;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data made through the real services: a VOICE directory, and partners activated the way a person would
 * (register, follow the e-mailed link, set a password). Names are unique per call so tests never collide.
 */
@TestComponent
public class Fixtures {

	/** Every provisioning test runs on a clock it can move. */
	@org.springframework.context.annotation.Bean
	@org.springframework.context.annotation.Primary
	static TestClock testClock() {
		return new TestClock();
	}

	public static final String PASSWORD = "correct-horse-battery";

	private final VoiceDirectory voice;

	private final PartnerAccounts partnerAccounts;

	private final CustomerEnrolment enrolment;

	private final ServiceSignUp signUp;

	private final CustomerLinks links;

	private final CustomerAccess access;

	private final SupportConsole support;

	private final JdbcTemplate jdbc;

	Fixtures(VoiceDirectory voice, PartnerAccounts partnerAccounts, CustomerEnrolment enrolment, ServiceSignUp signUp,
			CustomerLinks links, CustomerAccess access, SupportConsole support, JdbcTemplate jdbc) {
		this.support = support;
		this.jdbc = jdbc;
		this.voice = voice;
		this.partnerAccounts = partnerAccounts;
		this.enrolment = enrolment;
		this.signUp = signUp;
		this.links = links;
		this.access = access;
	}

	/** A certified partner with Schedule C signed and two VOICE customers; returns its VOICE partner ID. */
	public VoiceWorld voiceWorld() {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		VoiceWorld world = new VoiceWorld("PRT-A" + suffix, "PRT-B" + suffix, "CUS-A1" + suffix, "CUS-A2" + suffix,
				"CUS-B1" + suffix, suffix);
		importCsv("""
				partner_id,name,certified,schedule_c_signed
				%s,Alpha Partners %s,yes,yes
				%s,Beta Partners %s,yes,yes
				PRT-U%s,Unsigned Partners,yes,no
				PRT-N%s,Uncertified Partners,no,yes
				""".formatted(world.partnerA(), suffix, world.partnerB(), suffix, suffix, suffix));
		importCsv("""
				account_number,organisation_name,street,city,state,postal_code,country_region,partner_id
				%s,Alder Manufacturing %s,1 Mill Road,Springfield,IL,62701,US,%s
				%s,Birchwood Foods %s,2 Orchard Lane,Madison,WI,53703,US,%s
				%s,Cedar Logistics %s,3 Harbour St,Leeds,,LS1 4AP,GB,%s
				""".formatted(world.customerA1(), suffix, world.partnerA(), world.customerA2(), suffix,
				world.partnerA(), world.customerB1(), suffix, world.partnerB()));
		return world;
	}

	private void importCsv(String csv) {
		VoiceDirectory.ImportResult result = this.voice.importCsv(new StringReader(csv), "test");
		if (!result.succeeded()) {
			throw new IllegalStateException("fixture import failed: " + result.errors());
		}
	}

	/** Activates the partner's account as a person would and returns its administrator as an actor. */
	public PartnerActor activatedAdmin(String voicePartnerId) {
		String signInId = "admin-" + voicePartnerId.toLowerCase() + "@partner.example";
		this.partnerAccounts.register(voicePartnerId, "Admin of " + voicePartnerId, signInId);
		this.partnerAccounts.completeSignUp(token(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signInId,
				"Verify")), PASSWORD, PASSWORD);
		SignInProfile profile = this.partnerAccounts.signInProfile(signInId).orElseThrow();
		return new PartnerActor(profile.accountId(), profile.signInId(), profile.partnerId(),
				profile.voicePartnerId(), profile.role());
	}

	/**
	 * A member of the operator's Support team. The operator creates these in the database (no service signs one
	 * up), so this does too.
	 */
	public SupportActor supportActor(String signInId) {
		long accountId = this.jdbc.queryForObject("select nextval('account_seq')", Long.class);
		this.jdbc.update("insert into account (id, sign_in_id, display_name, password_hash, enabled, created_at) "
				+ "values (?, ?, 'Sam Support', null, true, now())", accountId, signInId);
		this.jdbc.update("insert into partner_user (id, account_id, partner_id, role, created_at) "
				+ "values (nextval('partner_user_seq'), ?, null, 'SUPPORT', now())", accountId);
		return this.support.actor(accountId);
	}

	/**
	 * A prospect of the partner (no VOICE account number) signed up for RapidStart Services in the US, with
	 * {@code adminSignInId} as its designated Customer administrator.
	 */
	public Prospect prospect(PartnerActor partner, String organisationName, String adminName, String adminSignInId,
			String contactEmail) {
		Customer customer = this.enrolment.create(partner, new NewCustomer(null, organisationName, null, null, null,
				null, "US", adminName, adminSignInId, contactEmail));
		Subscription subscription = this.signUp.addRapidStart(partner, customer.getId(), "US");
		return new Prospect(customer, subscription, adminName, adminSignInId);
	}

	/**
	 * "Send Activation" for the prospect's service, to {@code contactEmail}; returns the token of the e-mailed link.
	 * Each send needs its own contact address: the mail arrives asynchronously, so only a new address tells which
	 * e-mail is the newest.
	 */
	public String sendActivation(PartnerActor partner, Prospect prospect, String contactEmail) {
		this.signUp.sendActivation(partner, prospect.subscription().getId(), prospect.adminName(),
				prospect.adminSignInId(), contactEmail);
		return token(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contactEmail, "Activate"));
	}

	/** The designated administrator follows the activation link and creates the account; them, as an actor. */
	public CustomerActor activate(Prospect prospect, String token) {
		long accountId = this.links.redeemByNewAccount(LinkKind.ACTIVATION, token, prospect.adminName(), PASSWORD,
				PASSWORD).getId();
		return this.access.actor(accountId, prospect.customer().getId()).orElseThrow();
	}

	/** The token of the (first) link of an e-mail. */
	public static String token(MimeMessage mail) {
		String link = CapturedMail.firstLink(mail);
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/** A prospect as {@link #prospect} made it: the customer, its RapidStart service and its designated administrator. */
	public record Prospect(Customer customer, Subscription subscription, String adminName, String adminSignInId) {

	}

	/** The partner IDs and customer account numbers of one {@link #voiceWorld()}. */
	public record VoiceWorld(String partnerA, String partnerB, String customerA1, String customerA2,
			String customerB1, String suffix) {

		public String unsignedPartner() {
			return "PRT-U" + this.suffix;
		}

		public String uncertifiedPartner() {
			return "PRT-N" + this.suffix;
		}

	}

}
