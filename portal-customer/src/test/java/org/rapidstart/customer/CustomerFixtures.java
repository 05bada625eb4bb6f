package org.rapidstart.customer;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

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
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The partner side, done through the real services, so Customer Portal tests start where a customer does: with an
 * activation e-mail. Names are unique per call so tests sharing a database never collide. Also the users a feature's
 * tests start from (an administrator who agreed, colleagues with roles, a member of several organizations) and
 * their sign-in over MockMvc, and Order-to-cash projects: created, with a question group assigned to someone, or with
 * Base information completed, which opens their other areas.
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

	private final Projects projects;

	private final ProjectManagement projectManagement;

	private final TableGrid tables;

	CustomerFixtures(VoiceDirectory voice, PartnerAccounts partnerAccounts, CustomerEnrolment enrolment,
			ServiceSignUp signUp, CustomerLinks links, CustomerAccess access, UserManagement management,
			Agreements agreements, CustomerHome home, Projects projects, ProjectManagement projectManagement,
			TableGrid tables) {
		this.home = home;
		this.projects = projects;
		this.projectManagement = projectManagement;
		this.tables = tables;
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

	/** A prospect's activated administrator who accepted the agreements: ready to work. */
	public CustomerActor agreedAdmin(Partner partner, String name) {
		CustomerActor admin = activatedAdmin(partner, name);
		agree(admin);
		return admin;
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
		return invite(admin, name, "", roles);
	}

	/**
	 * Another user of the administrator's organization with these roles, invited, activated (as "User " + name) and
	 * agreed; their actor.
	 */
	public CustomerActor user(CustomerActor admin, String name, CustomerRole... roles) {
		return invite(admin, name, "User " + name, Set.of(roles));
	}

	/**
	 * Makes an existing account (a user elsewhere) a user of the administrator's organization too, with roles: invited
	 * at a contact address of its own, and accepting with the account it has. Returns the membership and its contact
	 * address (where the organization's e-mails to the member go).
	 */
	public Joined join(CustomerActor admin, CustomerActor member, CustomerRole... roles) {
		String contact = "member-" + member.accountId() + "-" + admin.customerId() + "@customer.example";
		long id = this.management.create(admin, "Member", member.signInId(), contact, Set.of(roles)).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contact, "invited"));
		this.links.redeemBySignIn(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1), member.signInId(),
				PASSWORD);
		return new Joined(id, contact);
	}

	private CustomerActor invite(CustomerActor admin, String name, String accountName, Set<CustomerRole> roles) {
		String signIn = name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
		long id = this.management.create(admin, "User " + name, signIn, signIn, roles).id();
		this.management.sendInvitation(admin, id);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "invited"));
		long accountId = this.links.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1),
				accountName, PASSWORD, PASSWORD).getId();
		CustomerActor actor = this.access.actor(accountId).orElseThrow();
		agree(actor);
		return actor;
	}

	/** Signs in through the sign-in form over MockMvc; the session lives in Spring Session JDBC, found by this cookie. */
	public static Cookie signIn(MockMvc mvc, CustomerActor actor) throws Exception {
		Cookie session = mvc
			.perform(post("/sign-in").param("signInId", actor.signInId()).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("RS_CUSTOMER_SESSION");
		if (session == null) {
			throw new IllegalStateException("sign-in of " + actor.signInId() + " failed");
		}
		return session;
	}

	/** Signs in a user of several organizations and chooses one; returns the session cookie of the choice. */
	public static Cookie signIn(MockMvc mvc, CustomerActor actor, long organisation) throws Exception {
		Cookie session = signIn(mvc, actor);
		Cookie chosen = mvc.perform(post("/organisations/" + organisation).cookie(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("RS_CUSTOMER_SESSION");
		return (chosen != null) ? chosen : session;
	}

	private void load(String csv) {
		VoiceDirectory.ImportResult result = this.voice.importCsv(new StringReader(csv), "test");
		if (!result.succeeded()) {
			throw new IllegalStateException(result.errors().toString());
		}
	}

	/**
	 * A custom project from the built-in Order-to-cash template, created by the user (every question group assigned to
	 * them): as created, only Base information is open.
	 */
	public long orderToCashProject(CustomerActor owner, String name) {
		return this.projectManagement.create(owner, new NewProject(name, new Organisation("Contoso", "1 Main Street",
				"Dublin", null, "D01", "IE", Industry.DISTRIBUTION), ProjectKind.CUSTOM,
				"builtin:" + BuiltInTemplates.ORDER_TO_CASH, null))
			.id();
	}

	/**
	 * The administrator creates an Order-to-cash project and reassigns its first question group (Organization
	 * information) to the user, which e-mails the user at {@code contact}, the contact address of their membership;
	 * returns the project, the group and the e-mail's link to the group.
	 */
	public AssignedGroup assignFirstGroup(CustomerActor admin, String projectName, CustomerActor user, String contact) {
		long project = orderToCashProject(admin, projectName);
		long group = this.projectManagement.overview(admin, project).areas().get(0).groups().get(0).id();
		this.projectManagement.reassign(admin, project, group, user.accountId(), null);
		String link = CapturedMail.firstLink(
				CapturedMail.awaitMessage(TestSmtpServer.greenMail(), contact, "is assigned to you"));
		return new AssignedGroup(project, group, link);
	}

	/**
	 * Answers every required question of Base information of a built-in template (Organization information, Ledger
	 * and one currency, US dollars) as the user, which opens the project's other functional areas (Base information
	 * first). The company is registered in the United States: a Countries/regions table, once it has rows, must hold
	 * US for Base information to stay complete.
	 */
	public void completeBaseInformation(CustomerActor user, long projectId) {
		this.tables.add(user, projectId, "Currencies", Map.of("CurrencyCode", "USD", "Txt", "US dollar"));
		this.projects.saveValues(user.customerId(), projectId, Map.ofEntries(Map.entry("CompanyName", "Contoso"),
				Map.entry("CompanyCode", "CEU"), Map.entry("CountryRegion", "US"), Map.entry("CompanyCurrency", "USD"),
				Map.entry("City", "Seattle"), Map.entry("FiscalYear|StartDate", "2027-01-01"),
				Map.entry("FiscalYear|PeriodUnit", "Month"), Map.entry("FiscalYear|PeriodQuantity", "1"),
				Map.entry("FiscalYear|NumberOfYears", "2"), Map.entry("LedgerName", "Contoso ledger"),
				Map.entry("ChartOfAccountsName", "Shared"), Map.entry("AccountingCurrency", "USD"),
				Map.entry("UseReportingCurrency", "No")), user.signInId());
	}

	public record Partner(PartnerActor actor, String s, String voiceCustomer) {

	}

	/** A membership of an account in another organization, and where that organization's e-mails to it go. */
	public record Joined(long membershipId, String contact) {

	}

	/** A question group assigned to someone, and the link of the e-mail that told them (written for port 8082). */
	public record AssignedGroup(long projectId, long groupId, String link) {

	}

	public record Activation(Customer customer, long subscriptionId, String signInId, String contact, String link) {

		public String token() {
			return this.link.substring(this.link.lastIndexOf('/') + 1);
		}

	}

}
