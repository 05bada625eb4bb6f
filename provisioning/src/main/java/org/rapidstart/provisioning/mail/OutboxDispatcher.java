package org.rapidstart.provisioning.mail;

import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.rapidstart.provisioning.RapidStartProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages over SMTP. Rows are locked with SKIP LOCKED, so several portal instances can run
 * this at once without sending a mail twice; a failure reschedules the message with a back-off.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxMessages messages;

	private final JavaMailSender mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	OutboxDispatcher(OutboxMessages messages, JavaMailSender mailSender, TransactionTemplate transactions, Clock clock,
			RapidStartProperties properties) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = properties.mailFrom();
	}

	@Scheduled(fixedDelayString = "${rapidstart.mail.dispatch-interval:2s}", initialDelayString = "${rapidstart.mail.dispatch-interval:2s}")
	void dispatchDue() {
		Integer sent;
		do {
			sent = this.transactions.execute(status -> dispatchBatch());
		}
		while (sent != null && sent > 0);
	}

	/** Sends one batch; returns how many went out, so the caller keeps going while there is a backlog. */
	int dispatchBatch() {
		List<OutboxMessage> due = this.messages.lockDue(this.clock.instant(), Limit.of(20));
		int sent = 0;
		for (OutboxMessage message : due) {
			try {
				this.mailSender.send(toMime(message));
				message.markSent(this.clock.instant());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				log.warn("Mail {} to {} not sent (attempt {}): {}", message.getId(), message.getRecipient(),
						message.getAttempts() + 1, ex.getMessage());
				message.markFailed(String.valueOf(ex.getMessage()), this.clock.instant());
			}
		}
		return (sent == due.size()) ? sent : 0;
	}

	private MimeMessage toMime(OutboxMessage message) throws MessagingException {
		MimeMessage mime = this.mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.getBody(), false);
		return mime;
	}

}
