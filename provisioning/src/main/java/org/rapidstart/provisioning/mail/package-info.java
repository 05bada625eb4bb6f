/**
 * The transactional mail outbox: mail is written with the change that causes it and sent afterwards with
 * retries, so no e-mail is lost while the SMTP server is down.
 */
@NullMarked
package org.rapidstart.provisioning.mail;

import org.jspecify.annotations.NullMarked;
