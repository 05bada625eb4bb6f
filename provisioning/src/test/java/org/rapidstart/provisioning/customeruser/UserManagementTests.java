package org.rapidstart.provisioning.customeruser;

import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.Prospect;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.customeruser.UserManagement.CustomerUserView;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class UserManagementTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CustomerLinks links;

	@Autowired
	CustomerAccess access;

	@Autowired
	UserManagement management;

	@Autowired
	AuditEvents audit;

	@Autowired
	PreferenceSettings preferences;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerUserNames names;

	String s;

	CustomerActor admin;

	CustomerActor otherAdmin;

	PartnerActor partner;

	@BeforeEach
	void setUp() {
		VoiceWorld world = this.fixtures.voiceWorld();
		this.s = world.suffix().toLowerCase();
		PartnerActor partner = this.fixtures.activatedAdmin(world.partnerA());
		this.partner = partner;
		this.admin = activatedAdmin(partner, "one");
		this.otherAdmin = activatedAdmin(partner, "two");
	}

	private CustomerActor activatedAdmin(PartnerActor partner, String name) {
		String signIn = name + "-" + this.s + "@customer.example";
		Prospect prospect = this.fixtures.prospect(partner, "Org " + name + this.s, "Admin " + name, signIn, signIn);
		return this.fixtures.activate(prospect, this.fixtures.sendActivation(partner, prospect, signIn));
	}

	private CustomerUserView invitedAndAccepted(String name, Set<CustomerRole> roles) {
		String signIn = name + "-" + this.s + "@customer.example";
		CustomerUserView user = this.management.create(this.admin, "User " + name, signIn, signIn, roles);
		this.management.sendInvitation(this.admin, user.id());
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "invited"));
		assertThat(link).contains("/invitation/");
		this.links.redeemByNewAccount(LinkKind.INVITATION, link.substring(link.lastIndexOf('/') + 1), "",
				Fixtures.PASSWORD, Fixtures.PASSWORD);
		return this.management.get(this.admin, user.id());
	}

	@Test
	void newUserIsSavedThenInvitedThenActivatesThroughTheLink() {
		CustomerUserView saved = this.management.create(this.admin, "Dana Designer", "dana-" + this.s + "@c.example",
				"dana@c.example", Set.of(CustomerRole.DESIGNER, CustomerRole.VIEWER));
		assertThat(saved.status()).isEqualTo("Not invited");
		assertThat(this.access.signInProfile(saved.signInId()).orElseThrow().enabled()).isFalse();

		CustomerUserView user = invitedAndAccepted("conf", Set.of(CustomerRole.CONFIGURATOR));
		assertThat(user.status()).isEqualTo("Active");
		// recorded under the customer and its partner, whose activity log shows changes inside its customers
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.admin.customerId()))
			.filteredOn(e -> e.getAction().startsWith("CUSTOMER_USER_"))
			.extracting(AuditEvent::getAction)
			.contains("CUSTOMER_USER_CREATED", "CUSTOMER_USER_INVITED", "CUSTOMER_USER_ACTIVATED");
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(this.admin.customerId()))
			.filteredOn(e -> e.getAction().startsWith("CUSTOMER_USER_"))
			.allSatisfy(e -> assertThat(e.getPartnerId()).isEqualTo(this.partner.partnerId()));
		assertThat(this.access.signInProfile(user.signInId()).orElseThrow().enabled()).isTrue();
		assertThat(this.access.actor(this.access.signInProfile(user.signInId()).orElseThrow().accountId())
			.orElseThrow()
			.customerId()).isEqualTo(this.admin.customerId());
	}

	@Test
	void viewerIsOnlyAnAddOnAndARoleIsRequired() {
		assertThatThrownBy(() -> this.management.create(this.admin, "V", "v-" + this.s + "@c.example", "v@c.example",
				Set.of(CustomerRole.VIEWER)))
			.hasMessageContaining("Viewer is an add-on");
		assertThatThrownBy(
				() -> this.management.create(this.admin, "V", "v-" + this.s + "@c.example", "v@c.example", Set.of()))
			.hasMessageContaining("at least one role");
	}

	@Test
	void theLastAdministratorCanNeverBeRemovedDemotedOrDeactivated() {
		long self = this.management.users(this.admin).get(0).id();
		assertThatThrownBy(() -> this.management.remove(this.admin, self)).hasMessageContaining("at least one Administrator");
		assertThatThrownBy(() -> this.management.changeRoles(this.admin, self, Set.of(CustomerRole.DESIGNER)))
			.hasMessageContaining("at least one Administrator");
		assertThatThrownBy(() -> this.management.deactivate(this.admin, self))
			.hasMessageContaining("at least one Administrator");

		CustomerUserView second = invitedAndAccepted("second", Set.of(CustomerRole.ADMINISTRATOR));
		this.management.changeRoles(this.admin, self, Set.of(CustomerRole.DESIGNER));
		assertThatThrownBy(() -> this.management.remove(this.admin, second.id()))
			.hasMessageContaining("at least one Administrator");
	}

	@Test
	void deactivatedUserCannotSignInAndRemovedUserIsGone() {
		CustomerUserView user = invitedAndAccepted("gone", Set.of(CustomerRole.CONFIGURATOR));
		this.management.deactivate(this.admin, user.id());
		assertThat(this.access.signInProfile(user.signInId()).orElseThrow().enabled()).isFalse();
		this.management.reactivate(this.admin, user.id());
		assertThat(this.access.signInProfile(user.signInId()).orElseThrow().enabled()).isTrue();
		this.management.remove(this.admin, user.id());
		assertThat(this.access.signInProfile(user.signInId())).isEmpty();
	}

	@Test
	void anotherCustomersAdministratorCanNeitherSeeNorChangeTheUsers() {
		CustomerUserView user = invitedAndAccepted("mine", Set.of(CustomerRole.CONFIGURATOR));
		assertThat(this.management.users(this.otherAdmin)).extracting(CustomerUserView::id).doesNotContain(user.id());
		assertThatThrownBy(() -> this.management.get(this.otherAdmin, user.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.remove(this.otherAdmin, user.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.changeRoles(this.otherAdmin, user.id(), Set.of(CustomerRole.DESIGNER)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.management.sendInvitation(this.otherAdmin, user.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyAdministratorsManageUsers() {
		CustomerUserView user = invitedAndAccepted("plain", Set.of(CustomerRole.CONFIGURATOR));
		CustomerActor plain = this.access.actor(this.access.signInProfile(user.signInId()).orElseThrow().accountId())
			.orElseThrow();
		assertThatThrownBy(() -> this.management.users(plain))
			.isInstanceOf(UserManagement.NotAdministratorException.class);
	}

	@Test
	void anAccountOfOneOrganisationBecomesAUserOfAnotherWithItsOwnRoles() {
		CustomerUserView mine = invitedAndAccepted("both", Set.of(CustomerRole.CONFIGURATOR));
		CustomerUserView theirs = this.management.create(this.otherAdmin, "Someone Else", mine.signInId(),
				"both@two.example", Set.of(CustomerRole.DESIGNER, CustomerRole.VIEWER));
		assertThat(theirs.name()).as("an account with a password keeps its name").isEqualTo(mine.name());
		assertThatThrownBy(() -> this.management.create(this.otherAdmin, "Again", mine.signInId(), "x@two.example",
				Set.of(CustomerRole.DESIGNER)))
			.hasMessageContaining("already a user of your organization");

		this.management.sendInvitation(this.otherAdmin, theirs.id());
		this.links.redeemBySignIn(LinkKind.INVITATION,
				Fixtures.token(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "both@two.example", "invited")),
				mine.signInId(), Fixtures.PASSWORD);

		CustomerAccess.SignInProfile profile = this.access.signInProfile(mine.signInId()).orElseThrow();
		assertThat(profile.memberships()).extracting(CustomerAccess.Membership::customerId)
			.containsExactlyInAnyOrder(this.admin.customerId(), this.otherAdmin.customerId());
		assertThat(this.access.actor(profile.accountId())).as("ambiguous without a choice").isEmpty();
		assertThat(this.access.actor(profile.accountId(), this.admin.customerId()).orElseThrow().roles())
			.containsExactly(CustomerRole.CONFIGURATOR);
		assertThat(this.access.actor(profile.accountId(), this.otherAdmin.customerId()).orElseThrow().roles())
			.containsExactlyInAnyOrder(CustomerRole.DESIGNER, CustomerRole.VIEWER);

		// each organization manages its own membership only
		this.management.deactivate(this.admin, mine.id());
		assertThat(this.access.actor(profile.accountId(), this.admin.customerId())).isEmpty();
		assertThat(this.access.signInProfile(mine.signInId()).orElseThrow().memberships())
			.extracting(CustomerAccess.Membership::customerId)
			.containsExactly(this.otherAdmin.customerId());
		assertThat(this.management.get(this.otherAdmin, theirs.id()).status()).isEqualTo("Active");
	}

	@Test
	void aStandingIsTheMembershipAsItIsNowAndNothingOfAnOrganisationTheAccountIsNotIn() {
		this.preferences.saveOwn(this.admin, new Preferences(null, null, DateFormat.ISO));
		this.preferences.saveOrganisation(this.admin, new Preferences(null, ZoneId.of("Europe/Dublin"), null));
		this.preferences.saveOrganisation(this.otherAdmin, new Preferences(null, ZoneId.of("Asia/Tokyo"), null));
		this.jdbc.update("update subscription set status = 'INACTIVE' where customer_id = ?", this.otherAdmin.customerId());

		CustomerAccess.Standing mine = this.access.standing(this.admin.accountId(), this.admin.customerId());
		assertThat(mine.actor()).isNotNull();
		assertThat(mine.actor().customerId()).isEqualTo(this.admin.customerId());
		assertThat(mine.actor().roles()).containsExactly(CustomerRole.ADMINISTRATOR);
		assertThat(mine.serviceInactive()).isFalse();
		assertThat(mine.own().dateFormat()).isEqualTo(DateFormat.ISO);
		assertThat(mine.organisation().timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
		CustomerAccess.Standing theirs = this.access.standing(this.otherAdmin.accountId(), this.otherAdmin.customerId());
		assertThat(theirs.serviceInactive()).isTrue();
		assertThat(theirs.organisation().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));

		// an organization the account is no user of: no actor, and neither its preferences nor its service's state
		CustomerAccess.Standing foreign = this.access.standing(this.admin.accountId(), this.otherAdmin.customerId());
		assertThat(foreign.actor()).isNull();
		assertThat(foreign.serviceInactive()).isFalse();
		assertThat(foreign.organisation()).isEqualTo(Preferences.NONE);
		assertThat(foreign.own().dateFormat()).as("the person's own choices are theirs anywhere")
			.isEqualTo(DateFormat.ISO);
		// none chosen yet: only the person's own
		CustomerAccess.Standing none = this.access.standing(this.admin.accountId(), null);
		assertThat(none.actor()).isNull();
		assertThat(none.organisation()).isEqualTo(Preferences.NONE);
		assertThat(none.own().dateFormat()).isEqualTo(DateFormat.ISO);

		// a user saved but not activated yet acts nowhere; nor does anyone of a purged organization
		CustomerUserView saved = this.management.create(this.admin, "Nina New", "nina-" + this.s + "@c.example",
				"nina@c.example", Set.of(CustomerRole.CONFIGURATOR));
		long nina = this.access.signInProfile(saved.signInId()).orElseThrow().accountId();
		assertThat(this.access.standing(nina, this.admin.customerId()).actor()).isNull();
		this.jdbc.update("update customer set purged_at = now() where id = ?", this.otherAdmin.customerId());
		assertThat(this.access.standing(this.otherAdmin.accountId(), this.otherAdmin.customerId()).actor()).isNull();
		assertThat(this.access.standing(-1, this.admin.customerId())).isEqualTo(CustomerAccess.Standing.NONE);
	}

	@Test
	void namesAreReadOnlyFromTheReadersOwnOrganisation() {
		CustomerUserView dana = this.management.create(this.admin, "Dana Designer", "dana-" + this.s + "@c.example",
				"dana@c.example", Set.of(CustomerRole.DESIGNER));
		long danaAccount = this.access.signInProfile(dana.signInId()).orElseThrow().accountId();
		// a record names a person by the sign-in ID it holds, in any letter case
		assertThat(this.names.nameOf(this.admin, dana.signInId().toUpperCase())).isEqualTo("Dana Designer");
		assertThat(this.names.nameOfAccount(this.admin.customerId(), danaAccount)).contains("Dana Designer");
		assertThat(this.names.byAccount(this.admin.customerId())).containsEntry(danaAccount, "Dana Designer")
			.containsKey(this.admin.accountId())
			.doesNotContainKey(this.otherAdmin.accountId());

		// a person of another organization: their sign-in ID as the record holds it, never their name
		String theirName = this.names.byAccount(this.otherAdmin.customerId()).get(this.otherAdmin.accountId());
		assertThat(this.names.nameOf(this.otherAdmin, this.otherAdmin.signInId())).isEqualTo(theirName)
			.isNotEqualTo(this.otherAdmin.signInId());
		assertThat(this.names.nameOf(this.admin, this.otherAdmin.signInId())).isEqualTo(this.otherAdmin.signInId());
		assertThat(this.names.nameOfAccount(this.admin.customerId(), this.otherAdmin.accountId())).isEmpty();
		assertThat(this.names.nameOf(this.admin, "nobody-" + this.s + "@c.example"))
			.isEqualTo("nobody-" + this.s + "@c.example");
	}

	@Test
	void theAdministratorOfOneOrganisationCanActivateAnotherWithTheSameAccount() {
		String contact = "three-" + this.s + "@customer.example";
		Prospect third = this.fixtures.prospect(this.partner, "Org three" + this.s, "Admin one", this.admin.signInId(),
				contact);
		this.links.redeemBySignIn(LinkKind.ACTIVATION, this.fixtures.sendActivation(this.partner, third, contact),
				this.admin.signInId(), Fixtures.PASSWORD);
		assertThat(this.access.actor(this.admin.accountId(), third.customer().getId()).orElseThrow().isAdministrator()).isTrue();
		assertThat(this.access.actor(this.admin.accountId(), this.admin.customerId())).isPresent();
	}

}
