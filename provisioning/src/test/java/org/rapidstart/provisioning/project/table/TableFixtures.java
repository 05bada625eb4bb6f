package org.rapidstart.provisioning.project.table;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.rapidstart.provisioning.Fixtures;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.customer.NewCustomer;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.questionnaire.builtin.BuiltInTemplates;
import org.rapidstart.questionnaire.document.TemplateDocuments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;

/**
 * Customers made through the partner's real enrolment, and Order-to-cash projects stored as the projects feature
 * stores them (a row with the template snapshot), so table tests do not depend on how projects are created.
 */
@TestComponent
class TableFixtures {

	private final Fixtures fixtures;

	private final CustomerEnrolment enrolment;

	private final JdbcTemplate jdbc;

	private PartnerActor partner;

	TableFixtures(Fixtures fixtures, CustomerEnrolment enrolment, JdbcTemplate jdbc) {
		this.fixtures = fixtures;
		this.enrolment = enrolment;
		this.jdbc = jdbc;
	}

	/** A new customer's user with these roles (the account itself is not needed by the tables feature). */
	CustomerActor customer(CustomerRole... roles) {
		if (this.partner == null) {
			this.partner = this.fixtures.activatedAdmin(this.fixtures.voiceWorld().partnerA());
		}
		String s = java.util.UUID.randomUUID().toString().substring(0, 8);
		Customer customer = this.enrolment.create(this.partner,
				new NewCustomer(null, "Org " + s, null, null, null, null, "US", "Admin " + s, "admin-" + s
						+ "@c.example", s + "@c.example"));
		return new CustomerActor(1, "user-" + s + "@c.example", customer.getId(), Set.of(roles));
	}

	/** Another user of the same customer. */
	static CustomerActor colleague(CustomerActor of, CustomerRole... roles) {
		return new CustomerActor(2, "colleague-" + of.signInId(), of.customerId(), Set.of(roles));
	}

	long project(CustomerActor owner) {
		Long id = this.jdbc.queryForObject("select nextval('project_seq')", Long.class);
		this.jdbc.update("insert into project (id, customer_id, name, kind, built_in_template, template_name, "
				+ "template_document, organisation_name, country_region, industry, created_at, created_by) "
				+ "values (?, ?, ?, 'CUSTOM', 'Order-to-cash', 'Order-to-cash', ?::jsonb, 'Contoso', 'US', "
				+ "'DISTRIBUTION', ?, ?)", id, owner.customerId(), "Project " + id,
				TemplateDocuments.write(BuiltInTemplates.get(BuiltInTemplates.ORDER_TO_CASH)),
				Timestamp.from(Instant.now()), owner.signInId());
		return id;
	}

	static Map<String, String> row(String... keysAndValues) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

}
