package org.rapidstart.provisioning.project;

import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.provisioning.project.ProjectFixtures.Tenant;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person a question group is assigned to is told by e-mail, through the outbox, with a link to the group and the
 * target date in their own date format; nobody is mailed about what they did themselves.
 */
@ProvisioningTest
@Import(ProjectFixtures.class)
class AssignmentMailTests {

	@Autowired
	ProjectFixtures fixtures;

	@Autowired
	ProjectManagement management;

	@Autowired
	PreferenceSettings preferences;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	ProjectView project;

	@BeforeEach
	void setUp() {
		this.tenant = this.fixtures.tenant();
		this.project = this.fixtures.orderToCash(this.tenant.admin());
	}

	@Test
	void theNewAssigneeIsMailedALinkToTheGroupWithTheTargetDateInTheirDateFormat() {
		CustomerActor carl = this.tenant.configurator();
		this.preferences.saveOwn(carl, new Preferences(null, null, DateFormat.DAY_MONTH_YEAR));
		ProjectOverview.Group customers = group("Customers");
		this.management.reassign(this.tenant.admin(), this.project.id(), customers.id(), carl.accountId(),
				LocalDate.of(2027, 3, 31));

		MimeMessage mail = CapturedMail.awaitMessage(TestSmtpServer.greenMail(), carl.signInId(),
				"Question group Customers of " + this.project.name() + " is assigned to you");
		String body = CapturedMail.body(mail);
		assertThat(body).contains("Hello User carl-" + this.tenant.s(),
				"User ada-" + this.tenant.s() + " (" + this.tenant.admin().signInId() + ") assigned the question group "
						+ "Customers (functional area " + customers.functionalArea() + ") of the configuration project "
						+ this.project.name() + " to you.",
				"Target date: 31 Mar 2027");
		assertThat(CapturedMail.firstLink(mail))
			.isEqualTo("http://localhost:8082/rapidstart/projects/" + this.project.id() + "/groups/" + customers.id()
					+ "?organisation=" + this.tenant.customerId());
	}

	@Test
	void aChangedTargetDateIsMailedToTheAssigneeInThePortalsFormatWhenTheyChoseNone() {
		CustomerActor cleo = this.tenant.otherConfigurator();
		ProjectOverview.Group groups = group("Customer groups");
		this.management.reassign(this.tenant.admin(), this.project.id(), groups.id(), cleo.accountId(), null);
		assertThat(CapturedMail.body(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), cleo.signInId(),
				"Question group Customer groups of " + this.project.name()))).contains("Target date: none");

		this.management.reassign(this.tenant.admin(), this.project.id(), groups.id(), cleo.accountId(),
				LocalDate.of(2027, 1, 15));
		assertThat(CapturedMail.body(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), cleo.signInId(),
				"Target date of question group Customer groups of " + this.project.name() + " changed")))
			.contains("changed the target date of the question group Customer groups", "which is assigned to you",
					"Target date: Jan 15, 2027");
	}

	@Test
	void nobodyIsMailedAboutWhatTheyDidThemselves() {
		CustomerActor carl = this.tenant.configurator();
		ProjectOverview.Group customers = group("Customers");
		// the creator has every group of a new project: no mail for that
		assertThat(outbox(this.tenant.admin().signInId())).isZero();
		// the administrator gives a group to themselves again with a date; the Configurator hands back one of theirs
		this.management.reassign(this.tenant.admin(), this.project.id(), customers.id(),
				this.tenant.admin().accountId(), LocalDate.of(2027, 6, 1));
		this.management.reassign(this.tenant.admin(), this.project.id(), customers.id(), carl.accountId(), null);
		this.management.reassign(carl, this.project.id(), customers.id(), carl.accountId(), LocalDate.of(2027, 6, 2));
		assertThat(outbox(this.tenant.admin().signInId())).isZero();
		assertThat(outbox(carl.signInId())).isEqualTo(1);
		this.management.reassign(carl, this.project.id(), customers.id(), this.tenant.admin().accountId(), null);
		assertThat(outbox(this.tenant.admin().signInId())).isEqualTo(1);
	}

	private long outbox(String recipient) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from outbox_message where recipient = ? and subject like 'Question group %' "
						+ "or recipient = ? and subject like 'Target date of question group %'",
				Long.class, recipient, recipient);
		return (count == null) ? 0 : count;
	}

	private ProjectOverview.Group group(String name) {
		return this.management.overview(this.tenant.admin(), this.project.id())
			.areas()
			.stream()
			.flatMap(a -> a.groups().stream())
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
