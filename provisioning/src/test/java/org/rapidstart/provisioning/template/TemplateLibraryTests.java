package org.rapidstart.provisioning.template;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.Fixtures.VoiceWorld;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ProvisioningTest
class TemplateLibraryTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CustomerEnrolment enrolment;

	@Autowired
	QuestionnaireTemplates stored;

	@Autowired
	TemplateLibrary library;

	long mine;

	long theirs;

	@BeforeEach
	void setUp() {
		VoiceWorld world = this.fixtures.voiceWorld();
		PartnerActor partner = this.fixtures.activatedAdmin(world.partnerA());
		this.mine = customer(partner, "mine" + world.suffix());
		this.theirs = customer(partner, "theirs" + world.suffix());
	}

	private long customer(PartnerActor partner, String name) {
		String signIn = name.toLowerCase() + "@customer.example";
		return this.enrolment
			.create(partner, new NewCustomer(null, "Org " + name, null, null, null, null, "US", "Admin", signIn, signIn))
			.getId();
	}

	private long store(long customerId, String name, boolean published) {
		Template gl = BuiltInTemplates.get(BuiltInTemplates.GENERAL_LEDGER);
		Template t = new Template(name, "", gl.type(), gl.targetErpVersion(), published, gl.functionalAreas());
		return this.stored.save(new QuestionnaireTemplate(customerId, t, "test", Instant.now())).getId();
	}

	@Test
	void offersTheBuiltInTemplatesAndTheTenantsPublishedOnesOnly() {
		long published = store(this.mine, "Our ledger", true);
		store(this.mine, "Draft ledger", false);
		store(this.theirs, "Their ledger", true);

		List<AvailableTemplate> available = this.library.publishedFor(this.mine);

		assertThat(available).filteredOn(AvailableTemplate::isBuiltIn)
			.extracting(AvailableTemplate::name)
			.containsExactlyElementsOf(BuiltInTemplates.all().stream().map(Template::name).toList());
		assertThat(available).filteredOn(a -> !a.isBuiltIn())
			.extracting(AvailableTemplate::templateId, AvailableTemplate::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(published, "Our ledger"));
		assertThat(available).allMatch(a -> a.template().published());
	}

	@Test
	void findsOnePublishedTemplateByIdOrBuiltInNameWithinTheTenant() {
		long published = store(this.mine, "Our ledger", true);
		long draft = store(this.mine, "Draft ledger", false);
		long foreign = store(this.theirs, "Their ledger", true);

		assertThat(this.library.published(this.mine, published, null)).get()
			.extracting(a -> a.template().functionalAreas().size())
			.isEqualTo(BuiltInTemplates.get(BuiltInTemplates.GENERAL_LEDGER).functionalAreas().size());
		assertThat(this.library.published(this.mine, draft, null)).isEmpty();
		assertThat(this.library.published(this.mine, foreign, null)).isEmpty();
		assertThat(this.library.published(this.mine, null, "order-to-cash")).get()
			.satisfies(a -> assertThat(a.templateId()).isNull())
			.extracting(AvailableTemplate::name)
			.isEqualTo(BuiltInTemplates.ORDER_TO_CASH);
		assertThat(this.library.published(this.mine, null, "No such template")).isEmpty();
		assertThat(this.library.published(this.mine, null, null)).isEmpty();
	}

}
