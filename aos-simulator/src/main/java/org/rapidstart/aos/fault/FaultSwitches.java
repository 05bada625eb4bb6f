package org.rapidstart.aos.fault;

import java.util.concurrent.atomic.AtomicReference;

import org.rapidstart.aos.AosProperties;
import org.springframework.stereotype.Component;

/** The live fault settings, shared by the filter and the admin endpoint. */
@Component
class FaultSwitches {

	private final AtomicReference<Faults> current;

	private final int retryAfterSeconds;

	FaultSwitches(AosProperties properties) {
		AosProperties.Faults initial = properties.faults();
		this.current = new AtomicReference<>(
				new Faults(initial.latencyMs(), initial.errorRate(), initial.maintenance()));
		this.retryAfterSeconds = initial.retryAfterSeconds();
	}

	Faults current() {
		return this.current.get();
	}

	void set(Faults faults) {
		this.current.set(faults);
	}

	int retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	record Faults(long latencyMs, double errorRate, boolean maintenance) {
	}

}
