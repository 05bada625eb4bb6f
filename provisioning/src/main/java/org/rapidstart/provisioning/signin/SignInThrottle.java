package org.rapidstart.provisioning.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.SecureTokens;
import org.rapidstart.provisioning.account.Account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per sign-in ID and per client address and refuses attempts while either is in its
 * refusal window. Rows are locked while an attempt is admitted, so concurrent attempts (on one or several portal
 * instances) cannot slip through a window together: each admitted attempt opens the next window in advance.
 */
@Service
public class SignInThrottle {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SignInThrottleProperties properties;

	SignInThrottle(JdbcTemplate jdbc, Clock clock, SignInThrottleProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Before a password is checked: empty if the attempt may go ahead, else until when sign-in is refused for this
	 * sign-in ID or this address.
	 */
	@Transactional
	public Optional<SignInRefusal> admit(String signInId, String address) {
		Instant now = now();
		SignInRefusal refusal = later(admit(Subject.account(signInId), now), admit(Subject.address(address), now));
		return Optional.ofNullable(refusal);
	}

	/** The password was wrong (or the account cannot sign in): counts against the sign-in ID and the address. */
	@Transactional
	public void failed(String signInId, String address) {
		Instant now = now();
		failed(Subject.account(signInId), now);
		failed(Subject.address(address), now);
	}

	/** The password was right: the sign-in ID starts afresh. The address keeps its count until it is forgotten. */
	@Transactional
	public void succeeded(String signInId) {
		Subject account = Subject.account(signInId);
		this.jdbc.update("delete from sign_in_throttle where subject_kind = ? and subject = ?", account.kind(),
				account.hash());
	}

	/** Forgets failures nobody repeated for a while; harmless when several instances do it at once. */
	@Scheduled(fixedDelayString = "${rapidstart.sign-in-throttle.clean-up-interval:10m}")
	@Transactional
	public void forgetOldFailures() {
		Instant now = now();
		this.jdbc.update("delete from sign_in_throttle where last_failure_at < ? "
				+ "and (refused_until is null or refused_until < ?)", at(now.minus(this.properties.forgetAfter())),
				at(now));
	}

	private @Nullable SignInRefusal admit(Subject subject, Instant now) {
		List<State> rows = this.jdbc.query("select failures, last_failure_at, refused_until from sign_in_throttle "
				+ "where subject_kind = ? and subject = ? for update",
				(rs, n) -> new State(rs.getInt(1), rs.getTimestamp(2).toInstant(),
						(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toInstant() : null),
				subject.kind(), subject.hash());
		if (rows.isEmpty()) {
			return null;
		}
		State state = rows.get(0);
		int failures = current(state, now);
		if (state.refusedUntil() != null && state.refusedUntil().isAfter(now)) {
			return new SignInRefusal(state.refusedUntil(), failures >= lockAfter(subject));
		}
		if (!waitAfter(subject, failures).isZero()) {
			// concurrent attempts wait while this one is checked; its failure (if it fails) sets the real window
			this.jdbc.update("update sign_in_throttle set refused_until = ? where subject_kind = ? and subject = ?",
					at(now.plus(this.properties.firstDelay())), subject.kind(), subject.hash());
		}
		return null;
	}

	private void failed(Subject subject, Instant now) {
		Integer failures = this.jdbc.queryForObject("""
				insert into sign_in_throttle (subject_kind, subject, failures, last_failure_at)
				values (?, ?, 1, ?)
				on conflict (subject_kind, subject) do update
				set failures = case when sign_in_throttle.last_failure_at < ? then 1
				                    else sign_in_throttle.failures + 1 end,
				    last_failure_at = excluded.last_failure_at
				returning failures""", Integer.class, subject.kind(), subject.hash(), at(now),
				at(now.minus(this.properties.forgetAfter())));
		Duration wait = waitAfter(subject, (failures != null) ? failures : 1);
		this.jdbc.update("update sign_in_throttle set refused_until = ? where subject_kind = ? and subject = ?",
				wait.isZero() ? null : at(now.plus(wait)), subject.kind(), subject.hash());
	}

	/** Failures still counted: none once nobody failed for {@code forgetAfter}. */
	private int current(State state, Instant now) {
		return state.lastFailureAt().isBefore(now.minus(this.properties.forgetAfter())) ? 0 : state.failures();
	}

	/** No wait for the first few failures, then a wait that doubles with each failure, then the lock. */
	Duration waitAfter(Subject subject, int failures) {
		int free = (subject.kind().equals(Subject.ACCOUNT)) ? this.properties.accountFreeFailures()
				: this.properties.addressFreeFailures();
		if (failures >= lockAfter(subject)) {
			return this.properties.lockDuration();
		}
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 30);
		Duration wait = this.properties.firstDelay().multipliedBy(1L << doublings);
		return (wait.compareTo(this.properties.lockDuration()) > 0) ? this.properties.lockDuration() : wait;
	}

	private int lockAfter(Subject subject) {
		return (subject.kind().equals(Subject.ACCOUNT)) ? this.properties.accountLockAfter()
				: this.properties.addressLockAfter();
	}

	private static @Nullable SignInRefusal later(@Nullable SignInRefusal a, @Nullable SignInRefusal b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return a.until().isAfter(b.until()) ? a : b;
	}

	/** PostgreSQL keeps microseconds; rounding there could end a window a moment late. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	private record State(int failures, Instant lastFailureAt, @Nullable Instant refusedUntil) {

	}

	/** What is counted, stored as a hash: a sign-in ID (normalised) or a client address. */
	record Subject(String kind, String hash) {

		static final String ACCOUNT = "ACCOUNT";

		static final String ADDRESS = "ADDRESS";

		static Subject account(String signInId) {
			return new Subject(ACCOUNT, SecureTokens.hash(Account.normalise(signInId)));
		}

		static Subject address(String address) {
			return new Subject(ADDRESS, SecureTokens.hash(address.trim()));
		}

	}

}
