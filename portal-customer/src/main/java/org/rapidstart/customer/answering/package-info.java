/**
 * Answering a configuration project, interview style: functional area -> question group pages with Save, autosave of
 * drafts and immediate reveal of follow-up questions (htmx), Mark as complete, and the conflict page when someone
 * else saved the group first. The rules are the provisioning {@code project} services'.
 */
@NullMarked
package org.rapidstart.customer.answering;

import org.jspecify.annotations.NullMarked;
