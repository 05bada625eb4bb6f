package org.rapidstart.customer.web;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSRF token's masks come from a generator per thread: never the same twice, from any number of threads. */
class PerThreadRandomTests {

	private final PerThreadRandom random = new PerThreadRandom();

	@Test
	void masksNeverRepeatAcrossConcurrentThreads() throws InterruptedException {
		Set<String> masks = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int t = 0; t < 8; t++) {
			threads.execute(() -> {
				for (int i = 0; i < 1000; i++) {
					byte[] mask = new byte[32];
					this.random.nextBytes(mask);
					masks.add(HexFormat.of().formatHex(mask));
				}
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(masks).hasSize(8000);
	}

}
