package org.rapidstart.provisioning.project;

import java.util.Set;
import java.util.UUID;

import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.boot.test.context.TestComponent;

/**
 * Customers with users in the roles projects care about, made through the real services, and projects to answer.
 * Names are unique per call so tests sharing a database never collide.
 */
@TestComponent
class ProjectFixtures {

	private final Fixtures fixtures;

	private final CustomerEnrolment enrolment;

	private final UserManagement users;

	private final Accounts accounts;

	private final ProjectManagement management;

	ProjectFixtures(Fixtures fixtures, CustomerEnrolment enrolment, UserManagement users, Accounts accounts,
			ProjectManagement management) {
		this.fixtures = fixtures;
		this.enrolment = enrolment;
		this.users = users;
		this.accounts = accounts;
		this.management = management;
	}

	/** A customer with an Administrator, two Configurators and a Designer who is a Viewer. */
	Tenant tenant() {
		VoiceWorld world = this.fixtures.voiceWorld();
		PartnerActor partner = this.fixtures.activatedAdmin(world.partnerA());
		String s = world.suffix().toLowerCase();
		Customer customer = this.enrolment.create(partner, new NewCustomer(null, "Org " + s, null, null, null, null,
				"US", "Admin " + s, "admin-" + s + "@customer.example", "admin-" + s + "@customer.example"));
		CustomerActor setUp = new CustomerActor(0, "set-up@customer.example", customer.getId(),
				Set.of(CustomerRole.ADMINISTRATOR));
		return new Tenant(customer.getId(), s, user(setUp, "ada-" + s, CustomerRole.ADMINISTRATOR),
				user(setUp, "carl-" + s, CustomerRole.CONFIGURATOR), user(setUp, "cleo-" + s, CustomerRole.CONFIGURATOR),
				user(setUp, "vic-" + s, CustomerRole.DESIGNER, CustomerRole.VIEWER));
	}

	private CustomerActor user(CustomerActor admin, String name, CustomerRole... roles) {
		String signIn = name + "@customer.example";
		this.users.create(admin, "User " + name, signIn, signIn, Set.of(roles));
		long accountId = this.accounts.findBySignIn(signIn).orElseThrow().getId();
		return new CustomerActor(accountId, signIn, admin.customerId(), Set.of(roles));
	}

	ProjectView orderToCash(CustomerActor actor) {
		return this.management.create(actor, new NewProject("Order-to-cash " + UUID.randomUUID().toString().substring(0, 8),
				organisation(), ProjectKind.CUSTOM, "builtin:" + BuiltInTemplates.ORDER_TO_CASH, null));
	}

	static Organisation organisation() {
		return new Organisation("Contoso Europe", "1 Main Street", "Dublin", null, "D01", "IE", Industry.DISTRIBUTION);
	}

	record Tenant(long customerId, String s, CustomerActor admin, CustomerActor configurator,
			CustomerActor otherConfigurator, CustomerActor viewer) {

	}

}
