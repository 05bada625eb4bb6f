package org.rapidstart.aos.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The AOS's companies. DataAreaIds are case-insensitive in AX; they are stored and shown upper-case. */
@Service
public class Companies {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Map<String, Company> known = new ConcurrentHashMap<>();

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

	/** Companies are never renamed or removed, so a found one is remembered: one query less per call. */
	public Optional<Company> find(String dataAreaId) {
		String id = dataAreaId.toUpperCase(Locale.ROOT);
		Company known = this.known.get(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Company> found = this.jdbc.sql("SELECT data_area_id, name FROM aos_company WHERE data_area_id = ?")
			.param(id)
			.query((rs, n) -> new Company(rs.getString(1), rs.getString(2)))
			.optional();
		found.ifPresent(c -> this.known.put(c.dataAreaId(), c));
		return found;
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
