/**
 * The web mailbox of the local platform: every mail the embedded SMTP server (GreenMail) receives is kept as an
 * {@code .eml} file under the data folder and shown newest first, with its links clickable, so a person trying the
 * demo can follow invitation and activation links without a real mail account. Runs as its own small Spring MVC
 * context ({@code spring.config.name=mailbox}) next to the portals.
 */
@NullMarked
package org.rapidstart.demo.mailbox;

import org.jspecify.annotations.NullMarked;
