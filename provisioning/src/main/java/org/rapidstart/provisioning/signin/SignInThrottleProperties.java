package org.rapidstart.provisioning.signin;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling ({@code rapidstart.sign-in-throttle.*}).
 *
 * @param accountFreeFailures failures for one sign-in ID before each further attempt must wait
 * @param accountLockAfter failures for one sign-in ID after which it is locked for {@code lockDuration}
 * @param addressFreeFailures failures from one client address before each further attempt must wait (higher:
 * several people may share an address)
 * @param addressLockAfter failures from one client address after which it is locked for {@code lockDuration}
 * @param firstDelay the wait after the first counted failure; it doubles with each further failure
 * @param lockDuration how long a lock lasts (and the longest wait)
 * @param forgetAfter failures are forgotten when there was none for this long
 */
@Validated
@ConfigurationProperties("rapidstart.sign-in-throttle")
public record SignInThrottleProperties(@DefaultValue("3") @Min(1) int accountFreeFailures,
		@DefaultValue("10") @Min(1) int accountLockAfter, @DefaultValue("20") @Min(1) int addressFreeFailures,
		@DefaultValue("100") @Min(1) int addressLockAfter, @DefaultValue("5s") Duration firstDelay,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("1h") Duration forgetAfter) {

}
