package org.rapidstart.provisioning.time;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} every rule reads (trials, link expiry, leases). {@code rapidstart.clock.offset}, an ISO-8601
 * duration such as {@code P91D}, shifts it: for demos and tests only, to take a running platform to a later day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${rapidstart.clock.offset:PT0S}") Duration offset) {
		if (offset.isZero()) {
			return Clock.systemUTC();
		}
		log.warn("rapidstart.clock.offset={} : the platform's clock is shifted (for demos and tests only)", offset);
		return Clock.offset(Clock.systemUTC(), offset);
	}

}
