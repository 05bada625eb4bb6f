package org.rapidstart.aos.dixf;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.rapidstart.aos.AosProperties;
import org.springframework.stereotype.Component;

/**
 * Two pools: jobs (a job runs validation and copy after its upload has been staged) and batch tasks (the N
 * parallel pieces of one job). Kept apart so a job waiting for its tasks never starves them of threads.
 */
@Component
class DixfExecutors {

	private final ExecutorService jobs = Executors.newFixedThreadPool(2, named("aos-dixf-job-"));

	private final ExecutorService tasks;

	DixfExecutors(AosProperties properties) {
		this.tasks = Executors.newFixedThreadPool(properties.dixf().maxBatchTasks() * 2, named("aos-dixf-task-"));
	}

	ExecutorService jobs() {
		return this.jobs;
	}

	ExecutorService tasks() {
		return this.tasks;
	}

	@PreDestroy
	void stop() {
		this.jobs.shutdownNow();
		this.tasks.shutdownNow();
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
