package org.rapidstart.provisioning.template;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of the tenant's projects use a template. Projects belong to another feature; their table is read here
 * directly so the Designer can warn before unpublishing and refuse deleting, without a dependency on that feature.
 */
@Component
class TemplateUsage {

	private final JdbcClient jdbc;

	TemplateUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Names of the tenant's active (not archived) projects created from the template. */
	List<String> projectsUsing(long customerId, long templateId) {
		return this.jdbc
			.sql("SELECT name FROM project WHERE template_id = ? AND customer_id = ? AND archived_at IS NULL"
					+ " ORDER BY lower(name)")
			.params(templateId, customerId)
			.query(String.class)
			.list();
	}

}
