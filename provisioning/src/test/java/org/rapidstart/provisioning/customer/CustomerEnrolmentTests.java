package org.rapidstart.provisioning.customer;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.audit.AuditEvent;
import org.rapidstart.provisioning.audit.AuditEvents;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.voice.VoiceCustomer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProvisioningTest
class CustomerEnrolmentTests {

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditEvents audit;

	VoiceWorld world;

	PartnerActor alpha;

	PartnerActor beta;

	@BeforeEach
	void setUp() {
		this.world = this.fixtures.voiceWorld();
		this.alpha = this.fixtures.activatedAdmin(this.world.partnerA());
		this.beta = this.fixtures.activatedAdmin(this.world.partnerB());
	}

	@Test
	void searchMyCustomersFindsOnlyCustomersWhoseRecordPartnerIsMe() {
		assertThat(this.enrolment.findMyVoiceCustomer(this.alpha, this.world.customerA1().toLowerCase())).isPresent();
		assertThat(this.enrolment.findMyVoiceCustomer(this.alpha, this.world.customerB1())).isEmpty();
		assertThat(this.enrolment.findMyVoiceCustomer(this.beta, this.world.customerA1())).isEmpty();
	}

	@Test
	void nameSearchListsOnlyMyCustomersThatResembleTheTerm() {
		assertThat(this.enrolment.searchMyVoiceCustomers(this.alpha, "alder"))
			.extracting(VoiceCustomer::getAccountNumber)
			.containsExactly(this.world.customerA1());
		assertThat(this.enrolment.searchMyVoiceCustomers(this.alpha, "foods birchwood"))
			.extracting(VoiceCustomer::getAccountNumber)
			.containsExactly(this.world.customerA2());
		// Cedar belongs to the other partner
		assertThat(this.enrolment.searchMyVoiceCustomers(this.alpha, "cedar")).isEmpty();
		assertThat(this.enrolment.searchMyVoiceCustomers(this.alpha, "%")).isEmpty();
	}

	@Test
	void enrollsExistingCustomerAndAuditsIt() {
		Customer customer = this.enrolment.create(this.alpha, existing(this.world.customerA1()));
		assertThat(customer.isProspect()).isFalse();
		assertThat(customer.trialEndsAt(90)).isNull();
		assertThat(this.enrolment.list(this.alpha)).extracting(Customer::getId).containsExactly(customer.getId());
		assertThat(this.audit.findByCustomerIdOrderByOccurredAtDescIdDesc(customer.getId()))
			.extracting(AuditEvent::getAction, AuditEvent::getActor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CUSTOMER_CREATED", this.alpha.signInId()));
	}

	@Test
	void refusesVoiceNumberOfAnotherPartnersCustomer() {
		assertThatThrownBy(() -> this.enrolment.create(this.alpha, existing(this.world.customerB1())))
			.hasMessageContaining("has you as partner of record");
	}

	@Test
	void refusesToEnrollTheSameVoiceCustomerTwice() {
		this.enrolment.create(this.alpha, existing(this.world.customerA2()));
		assertThatThrownBy(() -> this.enrolment.create(this.alpha, existing(this.world.customerA2())))
			.hasMessageContaining("already enrolled");
	}

	@Test
	void prospectNeedsAdministratorAndHasNinetyDayTrial() {
		assertThatThrownBy(() -> this.enrolment.create(this.alpha,
				new NewCustomer(null, "Prospect Co", null, null, null, null, "US", null, null, "c@p.example")))
			.hasMessageContaining("Customer administrator's name");
		Customer prospect = this.enrolment.create(this.alpha, prospect("Prospect Co", "boss@prospect.example"));
		assertThat(prospect.isProspect()).isTrue();
		assertThat(prospect.trialEndsAt(90)).isEqualTo(prospect.getCreatedAt().plus(Duration.ofDays(90)));
	}

	@Test
	void customerAdministratorMustNotUseThePartnerSignInId() {
		assertThatThrownBy(() -> this.enrolment.create(this.alpha, prospect("Self", this.alpha.signInId().toUpperCase())))
			.hasMessageContaining("other than your partner sign-in ID");
	}

	@Test
	void partnerOfRecordAddsVoiceNumberToProspectLater() {
		Customer prospect = this.enrolment.create(this.alpha, prospect("Later Co", "later@prospect.example"));
		assertThatThrownBy(
				() -> this.enrolment.addVoiceAccountNumber(this.alpha, prospect.getId(), this.world.customerB1()))
			.hasMessageContaining("partner of record");
		Customer customer = this.enrolment.addVoiceAccountNumber(this.alpha, prospect.getId(),
				this.world.customerA1());
		assertThat(customer.isProspect()).isFalse();
		assertThatThrownBy(
				() -> this.enrolment.addVoiceAccountNumber(this.alpha, prospect.getId(), this.world.customerA2()))
			.hasMessageContaining("already has the VOICE account number");
	}

	@Test
	void aPartnerNeverSeesOrChangesAnotherPartnersCustomer() {
		Customer alphas = this.enrolment.create(this.alpha, prospect("Alpha's Prospect", "a@prospect.example"));
		assertThatThrownBy(() -> this.enrolment.get(this.beta, alphas.getId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.enrolment.addVoiceAccountNumber(this.beta, alphas.getId(),
				this.world.customerB1()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.enrolment.list(this.beta)).isEmpty();
	}

	private static NewCustomer existing(String number) {
		return new NewCustomer(number, "Typed Name", null, null, null, null, "US", null, null, "contact@c.example");
	}

	private static NewCustomer prospect(String name, String adminSignIn) {
		return new NewCustomer(null, name, "1 Main St", "Austin", "TX", "73301", "US", "Pat Prospect", adminSignIn,
				"notify@" + adminSignIn.substring(adminSignIn.indexOf('@') + 1));
	}

}
