package org.rapidstart.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads mail a test's GreenMail server received: waits (with a deadline, no sleeps in tests) for a message to an
 * address and pulls the links out of its body.
 */
public final class CapturedMail {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private CapturedMail() {
	}

	/** The newest message to {@code recipient} whose subject contains {@code subjectPart}, waiting up to 20 s. */
	public static MimeMessage awaitMessage(GreenMail greenMail, String recipient, String subjectPart) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> matching = messagesTo(greenMail, recipient, subjectPart);
			if (!matching.isEmpty()) {
				return matching.get(matching.size() - 1);
			}
			greenMail.waitForIncomingEmail(250, Integer.MAX_VALUE);
		}
		throw new AssertionError("No e-mail to " + recipient + " with subject containing '" + subjectPart + "'");
	}

	public static List<MimeMessage> messagesTo(GreenMail greenMail, String recipient, String subjectPart) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equalsIgnoreCase(recipient)) && m.getSubject().contains(subjectPart);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	/** The first http(s) link in the message body. */
	public static String firstLink(MimeMessage message) {
		Matcher matcher = LINK.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No link in the e-mail: " + body(message));
		}
		return matcher.group();
	}

}
