package org.rapidstart.customer.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session writes the session row back at the end of every request, if only to move its last access time: an
 * UPDATE and a commit per page view, for nothing but expiry. This repository in front of it lets a request that
 * changed nothing in the session move the stored last access time only when it is at least {@code interval} old,
 * and then skips the write (and its transaction) altogether. A request that changes an attribute, the session id or
 * the timeout is saved at once (its last access time, there too, only when it is at least {@code interval} old).
 * <p>
 * What it costs: a session expires {@code timeout} after the stored last access time, so it may expire up to
 * {@code interval} earlier than {@code timeout} after its last request (with a 30-minute timeout and a one-minute
 * interval: after 29 to 30 idle minutes). It holds nothing between requests, so it changes nothing for several
 * portal instances behind a load balancer. It relies on Spring Session's default save mode ({@code on-set-attribute}):
 * an attribute is written only when set, never because it was read.
 * <p>
 * Spring Session also commits a request's session twice (when the response is committed, and again when its filter
 * returns), and the second commit looks the session up again by the id the request came with: a second SELECT per
 * request for a session it already holds. So the session saved on a thread is handed back to a lookup of the same id
 * on that thread, until {@link #requestDone()}, which {@link SessionConfiguration} calls when every dispatch (request,
 * error page, asynchronous) starts and ends.
 */
final class LastAccessThrottle<S extends Session>
		implements FindByIndexNameSessionRepository<LastAccessThrottle.TrackedSession<S>> {

	/** The session the request on this thread saved, until the request ends. */
	private static final ThreadLocal<@Nullable Session> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration interval;

	LastAccessThrottle(FindByIndexNameSessionRepository<S> sessions, Duration interval) {
		this.sessions = sessions;
		this.interval = interval;
	}

	@Override
	public TrackedSession<S> createSession() {
		return new TrackedSession<>(this.sessions.createSession(), this.interval, true);
	}

	@Override
	public void save(TrackedSession<S> session) {
		if (session.changed) {
			this.sessions.save(session.session);
			session.changed = false;
		}
		SAVED.set(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable TrackedSession<S> findById(String id) {
		if (SAVED.get() instanceof TrackedSession<?> saved && saved.getId().equals(id)) {
			return (TrackedSession<S>) saved;
		}
		S session = this.sessions.findById(id);
		return (session != null) ? new TrackedSession<>(session, this.interval, false) : null;
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		this.sessions.deleteById(id);
	}

	/** The request on this thread ended: the next one looks its session up. */
	static void requestDone() {
		SAVED.remove();
	}

	@Override
	public Map<String, TrackedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TrackedSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new TrackedSession<>(session, this.interval, false)));
		return found;
	}

	/** A session that knows whether anything worth saving happened to it. */
	static final class TrackedSession<S extends Session> implements Session {

		private final S session;

		private final Duration interval;

		private boolean changed;

		TrackedSession(S session, Duration interval, boolean changed) {
			this.session = session;
			this.interval = interval;
			this.changed = changed;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.changed
					|| !lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(this.interval))) {
				this.session.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
