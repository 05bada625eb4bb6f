package org.rapidstart.customer.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapidstart.customer.web.LastAccessThrottle.TrackedSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A session is written back when something in it changed, or when its stored last access is a minute old. */
class LastAccessThrottleTests {

	private final Saves store = new Saves();

	private final LastAccessThrottle<MapSession> sessions = new LastAccessThrottle<>(this.store, Duration.ofMinutes(1));

	private final Instant start = Instant.parse("2030-01-01T10:00:00Z");

	@Test
	void aNewSessionIsSaved() {
		TrackedSession<MapSession> session = this.sessions.createSession();
		this.sessions.save(session);
		assertThat(this.store.saved).hasSize(1);
	}

	@Test
	void aRequestWithinTheIntervalThatChangesNothingWritesNothing() {
		String id = stored();
		TrackedSession<MapSession> session = this.sessions.findById(id);
		session.setLastAccessedTime(this.start.plusSeconds(59));
		this.sessions.save(session);
		assertThat(this.store.saved).isEmpty();
		LastAccessThrottle.requestDone();
		assertThat(this.sessions.findById(id).getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void aRequestAMinuteAfterTheStoredAccessMovesIt() {
		String id = stored();
		TrackedSession<MapSession> session = this.sessions.findById(id);
		session.setLastAccessedTime(this.start.plusSeconds(60));
		this.sessions.save(session);
		assertThat(this.store.saved).hasSize(1);
		LastAccessThrottle.requestDone();
		assertThat(this.sessions.findById(id).getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void aChangedAttributeIsSavedAtOnceTheAccessTimeStillByTheInterval() {
		String id = stored();
		TrackedSession<MapSession> session = this.sessions.findById(id);
		session.setLastAccessedTime(this.start.plusSeconds(5));
		session.setAttribute("flash", "Saved.");
		this.sessions.save(session);
		assertThat(this.store.saved).hasSize(1);
		LastAccessThrottle.requestDone();
		assertThat(this.sessions.findById(id).<String>getAttribute("flash")).isEqualTo("Saved.");
		assertThat(this.sessions.findById(id).getLastAccessedTime()).isEqualTo(this.start);

		TrackedSession<MapSession> next = this.sessions.findById(id);
		next.removeAttribute("flash");
		this.sessions.save(next);
		assertThat(this.store.saved).hasSize(2);
		LastAccessThrottle.requestDone();
		assertThat(this.sessions.findById(id).<String>getAttribute("flash")).isNull();
	}

	@Test
	void aNewSessionIdOrTimeoutIsSaved() {
		TrackedSession<MapSession> session = this.sessions.findById(stored());
		String newId = session.changeSessionId();
		this.sessions.save(session);
		assertThat(this.store.saved).hasSize(1);
		TrackedSession<MapSession> again = this.sessions.findById(newId);
		again.setMaxInactiveInterval(Duration.ofMinutes(5));
		this.sessions.save(again);
		assertThat(this.store.saved).hasSize(2);
	}

	@Test
	void readingAttributesIsNoChange() {
		String id = stored();
		TrackedSession<MapSession> session = this.sessions.findById(id);
		session.getAttribute("SPRING_SECURITY_CONTEXT");
		session.getAttributeNames();
		this.sessions.save(session);
		assertThat(this.store.saved).isEmpty();
	}

	@Test
	void theSessionSavedInARequestIsHandedBackToItsOwnLookupsOnly() {
		String id = stored();
		TrackedSession<MapSession> session = this.sessions.findById(id);
		session.setAttribute("flash", "Saved.");
		this.sessions.save(session);
		assertThat(this.sessions.findById(id)).as("Spring Session's lookup after its save").isSameAs(session);
		assertThat(this.sessions.findById(stored())).as("another session").isNotSameAs(session);

		LastAccessThrottle.requestDone();
		assertThat(this.sessions.findById(id)).as("the next request reads the store").isNotSameAs(session);
	}

	@Test
	void everyKindOfDispatchForgetsTheSessionItSaved() throws Exception {
		Filter dispatchEnd = new SessionConfiguration().sessionRequestEnd().getFilter();
		for (DispatcherType type : List.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC)) {
			String id = stored();
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setDispatcherType(type);
			if (type == DispatcherType.ERROR) {
				request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/rapidstart/projects");
			}
			List<TrackedSession<MapSession>> saved = new ArrayList<>();
			dispatchEnd.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				TrackedSession<MapSession> session = this.sessions.findById(id);
				this.sessions.save(session);
				saved.add(session);
			});
			assertThat(this.sessions.findById(id)).as("a later %s dispatch reads the store", type)
				.isNotSameAs(saved.get(0));
			LastAccessThrottle.requestDone();
		}
	}

	@AfterEach
	void endRequest() {
		LastAccessThrottle.requestDone();
	}

	private String stored() {
		MapSession session = new MapSession();
		session.setLastAccessedTime(this.start);
		session.setMaxInactiveInterval(Duration.ofDays(365 * 100));
		this.store.sessions.save(session);
		return session.getId();
	}

	/** A session store that counts the saves made through the throttle. */
	private static final class Saves implements FindByIndexNameSessionRepository<MapSession> {

		final MapSessionRepository sessions = new MapSessionRepository(new java.util.HashMap<>());

		final List<String> saved = new ArrayList<>();

		@Override
		public MapSession createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(MapSession session) {
			this.saved.add(session.getId());
			this.sessions.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
