/**
 * The local platform: one command that starts an embedded PostgreSQL, an embedded SMTP server with a web mailbox,
 * both portals and the AOS simulator in one JVM, seeds the demo data and prints every URL and sign-in. Plain Java
 * orchestration: each application keeps its own Spring context, started through its {@code builder()}, so the
 * launcher decides the order (the Partner Portal runs Flyway before anything reads the schema) and shuts everything
 * down in reverse.
 */
@NullMarked
package org.rapidstart.demo;

import org.jspecify.annotations.NullMarked;
