package org.rapidstart.provisioning.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.Prospect;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.NotAllowedException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.provisioning.project.NewProject;
import org.rapidstart.provisioning.project.Organisation;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;
import org.rapidstart.provisioning.subscription.SubscriptionStatus;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 90-day trial on a fixed, moved clock: reminders, inactive, reactivation, purge, and the database lock. */
@ProvisioningTest
class TrialLifecycleTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	ServiceSignUp signUp;

	@Autowired
	CustomerAccess access;

	@Autowired
	TrialLifecycle lifecycle;

	@Autowired
	SupportConsole support;

	@Autowired
	AuditEvents audit;

	@Autowired
	UserManagement users;

	@Autowired
	PreferenceSettings preferences;

	@Autowired
	TemplateDesign templates;

	@Autowired
	ProjectManagement projects;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	VoiceWorld world;

	PartnerActor partner;

	Customer prospect;

	Subscription subscription;

	String adminContact;

	String adminSignIn;

	CustomerActor admin;

	@BeforeEach
	void setUp() {
		this.world = this.fixtures.voiceWorld();
		this.partner = this.fixtures.activatedAdmin(this.world.partnerA());
		String s = this.world.suffix().toLowerCase();
		this.adminSignIn = "trial-" + s + "@prospect.example";
		this.adminContact = "trial-contact-" + s + "@prospect.example";
		Prospect trial = this.fixtures.prospect(this.partner, "Trial " + s, "Tess Trial", this.adminSignIn,
				this.adminContact);
		this.prospect = trial.customer();
		this.subscription = trial.subscription();
		this.admin = this.fixtures.activate(trial, this.fixtures.sendActivation(this.partner, trial, this.adminContact));
	}

	private void day(int day) {
		this.clock.set(this.prospect.getCreatedAt().plus(Duration.ofDays(day)).plusSeconds(1));
		assertThat(this.lifecycle.run()).isTrue();
	}

	private int mails(String to, String subject) {
		return CapturedMail.messagesTo(TestSmtpServer.greenMail(), to, subject).size();
	}

	/** Whether the Customer Portal refuses the trial's RapidStart work: what every request of its users reads. */
	private boolean serviceInactive() {
		long account = this.access.signInProfile(this.adminSignIn).orElseThrow().accountId();
		return this.access.standing(account, this.prospect.getId()).serviceInactive();
	}

	private SubscriptionStatus status() {
		return this.signUp.get(this.partner, this.subscription.getId()).getStatus();
	}

	private java.util.List<String> actions() {
		return this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.prospect.getId())
			.stream()
			.map(AuditEvent::getAction)
			.toList();
	}

	@Test
	void remindsTheAdministratorAndThePartnerOnce14And3DaysBefore() {
		day(75);
		assertThat(actions()).doesNotContain("TRIAL_REMINDER_SENT");
		day(76);
		day(77);
		CapturedMail.awaitMessage(TestSmtpServer.greenMail(), this.adminContact, "ends in 14 days");
		CapturedMail.awaitMessage(TestSmtpServer.greenMail(), this.partner.signInId(), "ends in 14 days");
		day(87);
		day(88);
		CapturedMail.awaitMessage(TestSmtpServer.greenMail(), this.adminContact, "ends in 3 days");
		assertThat(mails(this.adminContact, "ends in 14 days")).isEqualTo(1);
		assertThat(mails(this.adminContact, "ends in 3 days")).isEqualTo(1);
		assertThat(status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void theRemindersAndTheTrailWriteTheDatesAsEachReaderChose() {
		// the organization's defaults for its administrator; the partner administrator's own choice
		this.preferences.saveOrganisation(this.admin,
				new Preferences(null, ZoneId.of("Europe/Dublin"), DateFormat.DAY_MONTH_YEAR));
		this.preferences.saveOwn(this.partner.accountId(), this.partner.signInId(), this.partner.partnerId(),
				new Preferences(null, ZoneId.of("Pacific/Kiritimati"), DateFormat.ISO));
		Instant trialEnd = this.prospect.getCreatedAt().plus(Duration.ofDays(90));
		day(76);

		assertThat(CapturedMail.body(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), this.adminContact,
				"ends in 14 days")))
			.contains("ends on " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
				.format(trialEnd.atZone(ZoneId.of("Europe/Dublin"))) + " (in 14 days)");
		assertThat(CapturedMail.body(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), this.partner.signInId(),
				"ends in 14 days")))
			.contains("ends on " + LocalDate.ofInstant(trialEnd, ZoneId.of("Pacific/Kiritimati")) + " (in 14 days)");

		// the trail is shared: the Partner Portal's default way of writing a date and time, with its time zone
		day(90);
		Instant purgeDue = trialEnd.plus(Duration.ofDays(30));
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.prospect.getId()))
			.filteredOn(e -> e.getAction().equals("TRIAL_ENDED"))
			.singleElement()
			.extracting(AuditEvent::getDetails)
			.asString()
			.endsWith("data kept until "
					+ DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH).format(purgeDue.atZone(ZoneOffset.UTC))
					+ " UTC");
	}

	@Test
	void inactiveOnDay90SignInStillWorksAndAVoiceNumberBringsItBackWithDataIntact() {
		assertThat(serviceInactive()).isFalse();
		day(90);
		assertThat(status()).isEqualTo(SubscriptionStatus.INACTIVE);
		assertThat(serviceInactive()).isTrue();
		assertThat(this.access.signInProfile(this.adminSignIn).orElseThrow().enabled()).isTrue();
		assertThat(actions()).contains("TRIAL_ENDED");
		assertThat(this.support.lifecycle(supportActor(), this.prospect.getId()).state()).isEqualTo(LifecycleState.INACTIVE);

		day(110);
		this.enrolment.addVoiceAccountNumber(this.partner, this.prospect.getId(), this.world.customerA1());
		assertThat(status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(serviceInactive()).isFalse();
		assertThat(actions()).contains("SERVICE_REACTIVATED");
		day(125);
		assertThat(status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(this.access.signInProfile(this.adminSignIn)).isPresent();
	}

	@Test
	void aServiceAddedAfterTheTrialEndedIsInactiveToo() {
		Customer late = this.enrolment.create(this.partner, new NewCustomer(null, "Late " + this.world.suffix(), null,
				null, null, null, "US", "Lee Late", "lee-" + this.world.suffix().toLowerCase() + "@prospect.example",
				"lee@prospect.example"));
		day(95);
		assertThat(this.support.lifecycle(supportActor(), late.getId()).state()).isEqualTo(LifecycleState.INACTIVE);

		Subscription added = this.signUp.addRapidStart(this.partner, late.getId(), "US");
		assertThat(this.signUp.get(this.partner, added.getId()).getStatus()).isEqualTo(SubscriptionStatus.INACTIVE);
		this.enrolment.addVoiceAccountNumber(this.partner, late.getId(), this.world.customerA2());
		assertThat(this.signUp.get(this.partner, added.getId()).getStatus())
			.isEqualTo(SubscriptionStatus.NOT_ACTIVATED);
	}

	@Test
	void supportReactivatesWithTheVoiceNumberOfThePartnerOfRecord() {
		day(95);
		String signIn = "support-" + this.world.suffix().toLowerCase() + "@rapidstart.example";
		SupportActor support = this.fixtures.supportActor(signIn);
		assertThatThrownBy(() -> this.support.reactivate(support, this.prospect.getId(), this.world.customerB1()))
			.hasMessageContaining("partner of record");
		this.support.reactivate(support, this.prospect.getId(), this.world.customerA1());
		assertThat(status()).isEqualTo(SubscriptionStatus.ACTIVE);
		SupportConsole.CustomerLifecycle view = this.support.lifecycle(support, this.prospect.getId());
		assertThat(view.state()).isEqualTo(LifecycleState.CUSTOMER);
		assertThat(view.auditTrail()).anyMatch(e -> e.getAction().equals("SERVICE_REACTIVATED")
				&& e.getActor().equals(signIn));
		assertThat(this.support.find(support, this.prospect.getOrganisationName().toUpperCase())).hasSize(1);
	}

	@Test
	void theSupportConsoleRefusesAnyoneWithoutTheSupportRole() {
		assertThatThrownBy(() -> this.support.actor(this.partner.accountId())).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> this.support.actor(-1)).isInstanceOf(NotAllowedException.class);
	}

	/** A Support member made for one look at the console. */
	private SupportActor supportActor() {
		return this.fixtures.supportActor("support-" + UUID.randomUUID() + "@rapidstart.example");
	}

	@Test
	void after30MoreDaysTheDataIsPurgedForGoodAndAnAuditRecordSaysSo() {
		day(90);
		day(119);
		assertThat(this.access.signInProfile(this.adminSignIn)).isPresent();
		day(120);
		assertThat(this.access.signInProfile(this.adminSignIn)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from subscription where customer_id = ?", Long.class,
				this.prospect.getId())).isZero();
		Customer purged = this.enrolment.get(this.partner, this.prospect.getId());
		assertThat(purged.isPurged()).isTrue();
		assertThat(LifecycleState.of(purged)).isEqualTo(LifecycleState.DELETED);
		assertThat(actions()).contains("CUSTOMER_DATA_PURGED");
		assertThatThrownBy(() -> this.enrolment.addVoiceAccountNumber(this.partner, this.prospect.getId(),
				this.world.customerA1()))
			.hasMessageContaining("was deleted");
		assertThatThrownBy(() -> this.signUp.addRapidStart(this.partner, this.prospect.getId(), "US"))
			.hasMessageContaining("services cannot be added");
		assertThat(this.jdbc.queryForObject("select count(*) from subscription where customer_id = ?", Long.class,
				this.prospect.getId())).isZero();
	}

	@Test
	void thePurgeLeavesNoRowOfTheTenantInAnyTable() {
		// a row in every kind of tenant table: users and their invitations, the service and its activation, a trial
		// reminder, the organization's preferences, a template, a project with its question groups
		this.users.sendInvitation(this.admin, this.users.create(this.admin, "Ivy Invited",
				"ivy-" + this.world.suffix().toLowerCase() + "@prospect.example", "ivy@prospect.example",
				Set.of(CustomerRole.CONFIGURATOR)).id());
		this.preferences.saveOrganisation(this.admin, new Preferences(null, ZoneId.of("Europe/Dublin"), null));
		this.templates.copyBuiltIn(this.admin, BuiltInTemplates.ORDER_TO_CASH, "Our order-to-cash");
		this.projects.create(this.admin, new NewProject("Go-live", new Organisation("Trial Co", null, null, null, null,
				"US", Industry.DISTRIBUTION), ProjectKind.CUSTOM, "builtin:" + BuiltInTemplates.ORDER_TO_CASH, null));
		day(77);
		day(90);
		assertThat(tenantRows()).as("rows of the tenant before the purge")
			.containsKeys("customer_user", "subscription", "trial_reminder", "customer_preference",
					"questionnaire_template", "project");
		assertThat(rows("activation_invitation", "subscription_id in (select id from subscription where customer_id = ?)"))
			.isPositive();
		assertThat(rows("customer_user_invitation",
				"customer_user_id in (select id from customer_user where customer_id = ?)")).isPositive();
		assertThat(rows("project_group", "project_id in (select id from project where customer_id = ?)")).isPositive();

		day(120);

		// foreign keys keep every dependent row (invitations, activations, project groups ...) from outliving its
		// parent, so no row with the tenant's customer_id means no row of the tenant at all
		assertThat(tenantRows()).as("rows of the tenant after the purge").isEmpty();
		assertThat(rows("customer", "id = ?")).as("the flagged customer row stays").isEqualTo(1);
		assertThat(rows("audit_event", "customer_id = ?")).as("the audit trail stays").isPositive();
	}

	/** Rows of this tenant in every table with a customer_id column but the customer's own row and the audit trail. */
	private Map<String, Long> tenantRows() {
		Map<String, Long> rows = new TreeMap<>();
		for (String table : this.jdbc.queryForList("select table_name from information_schema.columns "
				+ "where table_schema = current_schema() and column_name = 'customer_id' "
				+ "and table_name not in ('customer', 'audit_event')", String.class)) {
			long count = rows(table, "customer_id = ?");
			if (count > 0) {
				rows.put(table, count);
			}
		}
		return rows;
	}

	private long rows(String table, String condition) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where " + condition, Long.class,
				this.prospect.getId());
	}

	@Test
	void onlyOneInstanceWorksAtATime() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread other = new Thread(() -> this.transactions.executeWithoutResult(status -> {
			this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, TrialLifecycle.LOCK_KEY);
			locked.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		other.start();
		assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
		this.clock.set(this.prospect.getCreatedAt().plus(Duration.ofDays(91)));
		assertThat(this.lifecycle.run()).isFalse();
		assertThat(status()).isEqualTo(SubscriptionStatus.ACTIVE);
		release.countDown();
		other.join();
		assertThat(this.lifecycle.run()).isTrue();
		assertThat(status()).isEqualTo(SubscriptionStatus.INACTIVE);
	}

}
