package org.rapidstart.customer.web;

import java.io.Serial;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a DRBG of the calling thread's own. Spring Security masks the CSRF token afresh for every page
 * (against BREACH) with one shared {@link SecureRandom}, whose lock (the platform's NativePRNG takes a process-wide
 * one) every concurrent page view then queued on, for up to hundreds of milliseconds when its holder was descheduled.
 * Each thread's generator is seeded by the platform's entropy source, so the bytes are as unpredictable. (Where
 * requests run on virtual threads, on Java 21 with {@code spring.threads.virtual.enabled}, each request has a thread
 * of its own and so a freshly seeded generator: as sound, only without the reuse.)
 */
final class PerThreadRandom extends SecureRandom {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(() -> {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no DRBG SecureRandom in this JVM", ex);
		}
	});

	@Override
	public void nextBytes(byte[] bytes) {
		OWN.get().nextBytes(bytes);
	}

}
