package org.rapidstart.provisioning.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.testsupport.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling on a clock the test moves. Defaults: 3 free failures per sign-in ID, then a wait of 5 s that doubles,
 * locked for 15 min from the 10th; 20 free failures per address, locked from the 100th; forgotten after an hour.
 */
@ProvisioningTest
class SignInThrottleTests {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	String ann;

	String address;

	@BeforeEach
	void setUp() {
		String s = UUID.randomUUID().toString().substring(0, 8);
		this.ann = "ann-" + s + "@example.com";
		this.address = "10.1." + (s.hashCode() & 0xff) + "." + ((s.hashCode() >> 8) & 0xff) + "-" + s;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	@Test
	void theFirstFailuresCostNothingThenEachAttemptWaitsLongerAndLonger() {
		this.throttle.failed(this.ann, this.address);
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();

		this.throttle.failed(this.ann, this.address);
		SignInRefusal refusal = this.throttle.admit(this.ann, this.address).orElseThrow();
		assertThat(refusal.until()).isEqualTo(now().plusSeconds(5));
		assertThat(refusal.locked()).isFalse();

		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address).orElseThrow().until()).isEqualTo(now().plusSeconds(10));

		this.clock.advance(Duration.ofSeconds(10));
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address).orElseThrow().until()).isEqualTo(now().plusSeconds(20));
	}

	@Test
	void anAdmittedAttemptMakesConcurrentOnesWaitUntilItIsDecided() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed(this.ann, this.address);
		}
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		// a second attempt while the first one's password is still being checked
		assertThat(this.throttle.admit(this.ann, "192.0.2.99")).isPresent();
	}

	@Test
	void theTenthFailureLocksTheSignInIdForFifteenMinutesFromAnyAddress() {
		failUntilLocked(this.ann, 10);
		SignInRefusal refusal = this.throttle.admit(this.ann, "198.51.100.7").orElseThrow();
		assertThat(refusal.locked()).isTrue();
		assertThat(refusal.until()).isEqualTo(now().plus(Duration.ofMinutes(15)));

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.admit(this.ann, this.address)).isPresent();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		// still counted: one more failure locks again
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address).orElseThrow().locked()).isTrue();
	}

	@Test
	void aLockedSignInIdNeverBlocksAnotherFromAnotherAddress() {
		failUntilLocked(this.ann, 10);
		assertThat(this.throttle.admit("bob-" + this.ann, "203.0.113.5")).isEmpty();
		// nor the same address while the address itself stays under its own limit
		assertThat(this.throttle.admit("bob-" + this.ann, this.address)).isEmpty();
	}

	@Test
	void successResetsTheSignInIdButNotTheAddress() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed(this.ann, this.address);
		}
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		this.throttle.succeeded(this.ann);
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address)).as("counting starts afresh").isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select failures from sign_in_throttle where subject_kind = 'ADDRESS' and subject = ?", Integer.class,
				SignInThrottle.Subject.address(this.address).hash())).isEqualTo(4);
	}

	@Test
	void manySignInIdsFromOneAddressSlowThatAddressDownThenLockIt() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("guess" + i + "-" + this.ann, this.address);
		}
		SignInRefusal refusal = this.throttle.admit("someone-new-" + this.ann, this.address).orElseThrow();
		assertThat(refusal.locked()).isFalse();
		assertThat(this.throttle.admit("someone-new-" + this.ann, "203.0.113.77")).isEmpty();

		for (int i = 20; i < 100; i++) {
			this.throttle.failed("guess" + i + "-" + this.ann, this.address);
		}
		refusal = this.throttle.admit("someone-new-" + this.ann, this.address).orElseThrow();
		assertThat(refusal.locked()).isTrue();
		assertThat(refusal.until()).isEqualTo(now().plus(Duration.ofMinutes(15)));
	}

	@Test
	void signInIdsCountWithoutRegardToCaseAndAreNotStoredInClear() {
		failUntilLocked(this.ann, 10);
		assertThat(this.throttle.admit("  " + this.ann.toUpperCase() + " ", "203.0.113.9")).isPresent();
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_throttle where subject like ?",
				Long.class, "%" + this.ann + "%")).isZero();
	}

	@Test
	void failuresAreForgottenAfterAQuietHour() {
		for (int i = 0; i < 9; i++) {
			this.throttle.failed(this.ann, this.address);
		}
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(this.throttle.admit(this.ann, this.address)).isEmpty();
		this.throttle.failed(this.ann, this.address);
		assertThat(this.throttle.admit(this.ann, this.address)).as("one failure after an hour").isEmpty();

		this.clock.advance(Duration.ofMinutes(61));
		this.throttle.forgetOldFailures();
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_throttle where subject = ?", Long.class,
				SignInThrottle.Subject.account(this.ann).hash())).isZero();
	}

	private void failUntilLocked(String signInId, int failures) {
		for (int i = 0; i < failures; i++) {
			this.throttle.failed(signInId, this.address + "-" + i);
		}
	}

}
