package org.rapidstart.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo data: a small VOICE directory with one partner for each outcome of partner activation, one partner
 * already activated with its administrator, and a support operator. Plain JDBC against the V1 schema, run after
 * Flyway; every insert is {@code ON CONFLICT DO NOTHING}, so seeding again on each start changes nothing and never
 * overwrites what someone did while trying the demo.
 */
final class DemoData {

	static final String PASSWORD = "rapidstart-demo";

	static final String PARTNER_ADMIN = "admin@harborlane.example";

	static final String SUPPORT = "support@rapidstart.example";

	static final String ACTIVATED_PARTNER = "PRT-100001";

	static final String PARTNER_TO_ACTIVATE = "PRT-100002";

	static final String PARTNER_WITHOUT_SCHEDULE_C = "PRT-100003";

	static final String PARTNER_NOT_CERTIFIED = "PRT-100004";

	private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** Seeds in one transaction: either the whole demo data is there afterwards, or nothing changed. */
	void seed(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			seedVoiceDirectory(connection);
			seedActivatedPartner(connection);
			long support = account(connection, SUPPORT, "Sam Support");
			partnerUser(connection, support, null, "SUPPORT");
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private void seedVoiceDirectory(Connection connection) throws SQLException {
		try (PreparedStatement partner = connection.prepareStatement("""
				INSERT INTO voice_partner (partner_id, name, certified, schedule_c_signed) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")) {
			voicePartner(partner, ACTIVATED_PARTNER, "Harbor Lane Consulting", true, true);
			voicePartner(partner, PARTNER_TO_ACTIVATE, "Ridgeway Solutions", true, true);
			voicePartner(partner, PARTNER_WITHOUT_SCHEDULE_C, "Oak Street Partners", true, false);
			voicePartner(partner, PARTNER_NOT_CERTIFIED, "Pine Valley Group", false, true);
			partner.executeBatch();
		}
		try (PreparedStatement customer = connection.prepareStatement("""
				INSERT INTO voice_customer (account_number, organisation_name, street, city, state, postal_code,
				                            country_region, partner_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")) {
			voiceCustomer(customer, "CUS-200001", "Alder Manufacturing", "1200 Industrial Parkway", "Dayton", "OH",
					"45402", ACTIVATED_PARTNER);
			voiceCustomer(customer, "CUS-200002", "Birchwood Foods", "85 Orchard Road", "Madison", "WI", "53703",
					ACTIVATED_PARTNER);
			voiceCustomer(customer, "CUS-200003", "Cedar Logistics", "400 Harbor Boulevard", "Long Beach", "CA",
					"90802", PARTNER_TO_ACTIVATE);
			customer.executeBatch();
		}
	}

	private void seedActivatedPartner(Connection connection) throws SQLException {
		try (PreparedStatement partner = connection.prepareStatement("""
				INSERT INTO partner (id, voice_partner_id, name, activated_at, created_at)
				VALUES (nextval('partner_seq'), ?, ?, now(), now())
				ON CONFLICT (voice_partner_id) DO NOTHING""")) {
			partner.setString(1, ACTIVATED_PARTNER);
			partner.setString(2, "Harbor Lane Consulting");
			partner.executeUpdate();
		}
		long partnerId;
		try (PreparedStatement find = connection.prepareStatement("SELECT id FROM partner WHERE voice_partner_id = ?")) {
			find.setString(1, ACTIVATED_PARTNER);
			partnerId = singleId(find, "partner " + ACTIVATED_PARTNER);
		}
		long admin = account(connection, PARTNER_ADMIN, "Hannah Lane");
		partnerUser(connection, admin, partnerId, "PARTNER_ADMIN");
	}

	/** Inserts the account unless its sign-in ID exists, and returns its id either way. */
	private long account(Connection connection, String signInId, String displayName) throws SQLException {
		try (PreparedStatement find = connection.prepareStatement("SELECT id FROM account WHERE sign_in_id = ?")) {
			find.setString(1, signInId);
			try (ResultSet rows = find.executeQuery()) {
				if (rows.next()) {
					// already there (an earlier start, or the person changed it): leave it as it is
					return rows.getLong(1);
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO account (id, sign_in_id, display_name, password_hash, enabled, created_at)
				VALUES (nextval('account_seq'), ?, ?, ?, true, now())
				ON CONFLICT (sign_in_id) DO NOTHING""")) {
			insert.setString(1, signInId);
			insert.setString(2, displayName);
			// the delegating encoder's output keeps its {bcrypt} prefix, as the portals' encoder expects
			insert.setString(3, this.passwordEncoder.encode(PASSWORD));
			insert.executeUpdate();
		}
		try (PreparedStatement find = connection.prepareStatement("SELECT id FROM account WHERE sign_in_id = ?")) {
			find.setString(1, signInId);
			return singleId(find, "account " + signInId);
		}
	}

	private void partnerUser(Connection connection, long accountId, @Nullable Long partnerId, String role)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO partner_user (id, account_id, partner_id, role, created_at)
				VALUES (nextval('partner_user_seq'), ?, ?, ?, now())
				ON CONFLICT (account_id) DO NOTHING""")) {
			insert.setLong(1, accountId);
			insert.setObject(2, partnerId, java.sql.Types.BIGINT);
			insert.setString(3, role);
			insert.executeUpdate();
		}
	}

	private static void voicePartner(PreparedStatement insert, String partnerId, String name, boolean certified,
			boolean scheduleCSigned) throws SQLException {
		insert.setString(1, partnerId);
		insert.setString(2, name);
		insert.setBoolean(3, certified);
		insert.setBoolean(4, scheduleCSigned);
		insert.addBatch();
	}

	private static void voiceCustomer(PreparedStatement insert, String accountNumber, String name, String street,
			String city, String state, String postalCode, String partnerId) throws SQLException {
		insert.setString(1, accountNumber);
		insert.setString(2, name);
		insert.setString(3, street);
		insert.setString(4, city);
		insert.setString(5, state);
		insert.setString(6, postalCode);
		insert.setString(7, "US");
		insert.setString(8, partnerId);
		insert.addBatch();
	}

	private static long singleId(PreparedStatement query, String what) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			if (!rows.next()) {
				throw new IllegalStateException("Demo data: " + what + " is missing after its insert");
			}
			return rows.getLong(1);
		}
	}

}
