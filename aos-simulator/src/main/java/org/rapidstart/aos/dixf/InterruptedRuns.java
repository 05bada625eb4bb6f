package org.rapidstart.aos.dixf;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** On start-up, runs a previous process left half-done are marked Failed so a re-run is possible. */
@Component
class InterruptedRuns implements ApplicationRunner {

	private final DixfJobs jobs;

	InterruptedRuns(DixfJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.jobs.failInterrupted();
	}

}
