package org.rapidstart.provisioning.lifecycle;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the trial lifecycle shortly after start-up (so a restart with {@code rapidstart.clock.offset} shows its
 * effect at once) and then periodically. Safe with several instances: see {@link TrialLifecycle#run()}.
 */
@Component
@ConditionalOnProperty(name = "rapidstart.lifecycle.enabled", havingValue = "true", matchIfMissing = true)
class TrialLifecycleJob {

	private final TrialLifecycle lifecycle;

	TrialLifecycleJob(TrialLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Scheduled(initialDelayString = "${rapidstart.lifecycle.initial-delay:5s}",
			fixedDelayString = "${rapidstart.lifecycle.interval:10m}")
	void run() {
		this.lifecycle.run();
	}

}
