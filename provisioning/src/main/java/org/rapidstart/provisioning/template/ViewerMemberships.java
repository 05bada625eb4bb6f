package org.rapidstart.provisioning.template;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The other tenants an account may copy templates from: those where it is an active, activated member holding
 * Viewer, and whose services are neither inactive nor purged. Written against {@code customer_user (account_id,
 * customer_id, roles)} so that it holds whether an account belongs to one tenant or to several.
 */
@Component
class ViewerMemberships {

	private static final String VIEWER_TENANTS = """
			SELECT c.id, c.organisation_name
			FROM customer_user cu JOIN customer c ON c.id = cu.customer_id
			WHERE cu.account_id = :account AND cu.customer_id <> :current
			  AND cu.active AND cu.activated_at IS NOT NULL
			  AND (',' || cu.roles || ',') LIKE '%,VIEWER,%'
			  AND c.inactivated_at IS NULL AND c.purged_at IS NULL
			""";

	private final JdbcClient jdbc;

	ViewerMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ViewerTenant> of(long accountId, long currentCustomerId) {
		return this.jdbc.sql(VIEWER_TENANTS + " ORDER BY lower(c.organisation_name), c.id")
			.param("account", accountId)
			.param("current", currentCustomerId)
			.query((rs, n) -> new ViewerTenant(rs.getLong(1), rs.getString(2)))
			.list();
	}

	Optional<ViewerTenant> find(long accountId, long currentCustomerId, long sourceCustomerId) {
		return this.jdbc.sql(VIEWER_TENANTS + " AND c.id = :source")
			.param("account", accountId)
			.param("current", currentCustomerId)
			.param("source", sourceCustomerId)
			.query((rs, n) -> new ViewerTenant(rs.getLong(1), rs.getString(2)))
			.optional();
	}

}
