package org.rapidstart.provisioning.mail;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mail. Joining the caller's transaction is required: the mail exists exactly when the change that
 * caused it was committed, and {@link OutboxDispatcher} sends it afterwards, retrying until SMTP takes it.
 */
@Service
public class MailOutbox {

	private final OutboxMessages messages;

	private final Clock clock;

	MailOutbox(OutboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String recipient, String subject, String body) {
		this.messages.save(new OutboxMessage(recipient, subject, body, this.clock.instant()));
	}

}
