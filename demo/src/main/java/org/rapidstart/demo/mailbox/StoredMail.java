package org.rapidstart.demo.mailbox;

import java.time.Instant;

/**
 * One received mail as the mailbox shows it.
 *
 * @param id the file name of its {@code .eml} without the extension: receive time in epoch milliseconds and a hash
 * @param body the text of the mail (the plain-text part when there is one, otherwise the HTML part as text)
 */
public record StoredMail(String id, String from, String to, String subject, String body, Instant receivedAt) {

}
