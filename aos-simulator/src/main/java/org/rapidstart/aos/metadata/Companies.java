package org.rapidstart.aos.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The AOS's companies. DataAreaIds are case-insensitive in AX; they are stored and shown upper-case. */
@Service
public class Companies {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Companies(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Company> all() {
		return this.jdbc.sql("SELECT data_area_id, name FROM aos_company ORDER BY data_area_id")
			.query((rs, n) -> new Company(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Company> find(String dataAreaId) {
		return this.jdbc.sql("SELECT data_area_id, name FROM aos_company WHERE data_area_id = ?")
			.param(dataAreaId.toUpperCase(Locale.ROOT))
			.query((rs, n) -> new Company(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The company, or a 404 problem naming it. */
	public Company require(String dataAreaId) {
		return find(dataAreaId).orElseThrow(() -> new AosNotFoundException("Company", dataAreaId));
	}

	/** Creates the company unless it exists; returns whether it was created. Never renames an existing one. */
	@Transactional
	public boolean create(String dataAreaId, String name) {
		Company company = new Company(dataAreaId.toUpperCase(Locale.ROOT), name);
		int inserted = this.jdbc
			.sql("INSERT INTO aos_company (data_area_id, name) VALUES (?, ?) ON CONFLICT (data_area_id) DO NOTHING")
			.params(company.dataAreaId(), company.name())
			.update();
		if (inserted == 1) {
			this.events.publishEvent(new CompanyCreated(company));
		}
		return inserted == 1;
	}

}
