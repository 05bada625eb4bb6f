package org.rapidstart.provisioning.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ProvisioningTest
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMessages messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Test
	void mailWrittenWhileSmtpIsDownIsSentOnceItIsBack() {
		TestSmtpServer.stop();
		try {
			this.transactions.executeWithoutResult(s -> this.outbox.enqueue("later@x.example", "Queued", "body"));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.messages.findByRecipientOrderByIdDesc("later@x.example").get(0).getAttempts() >= 1);
			OutboxMessage failed = this.messages.findByRecipientOrderByIdDesc("later@x.example").get(0);
			assertThat(failed.getSentAt()).isNull();
			assertThat(failed.getLastError()).isNotBlank();
		}
		finally {
			TestSmtpServer.restart();
		}
		// the back-off moves the next attempt into the future; move the clock past it
		this.clock.advance(Duration.ofMinutes(15));
		CapturedMail.awaitMessage(TestSmtpServer.greenMail(), "later@x.example", "Queued");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.messages.findByRecipientOrderByIdDesc("later@x.example").get(0).getSentAt() != null);
	}

	@Test
	void mailRolledBackWithItsTransactionIsNeverSent() {
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue("never@x.example", "Rolled back", "body");
			status.setRollbackOnly();
		});
		assertThat(this.messages.findByRecipientOrderByIdDesc("never@x.example")).isEmpty();
	}

}
