package org.rapidstart.provisioning.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An e-mail waiting in the outbox, written in the same transaction as the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
	@SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
	private @Nullable Long id;

	private String recipient;

	private String subject;

	private String body;

	private Instant createdAt;

	private int attempts;

	private Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	private @Nullable String lastError;

	protected OutboxMessage() {
		this.recipient = "";
		this.subject = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
		this.nextAttemptAt = Instant.EPOCH;
	}

	OutboxMessage(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	void markSent(Instant now) {
		this.attempts++;
		this.sentAt = now;
		this.lastError = null;
	}

	/** Backs off exponentially (capped at ten minutes) so a long SMTP outage is not hammered. */
	void markFailed(String error, Instant now) {
		this.attempts++;
		long seconds = Math.min(600, (long) Math.pow(2, Math.min(this.attempts, 10)));
		this.nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
		this.lastError = (error.length() > 1000) ? error.substring(0, 1000) : error;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public @Nullable Instant getSentAt() {
		return this.sentAt;
	}

	public @Nullable String getLastError() {
		return this.lastError;
	}

}
