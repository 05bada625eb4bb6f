/**
 * Questionnaire templates stored in a tenant: the {@link org.rapidstart.provisioning.template.TemplateLibrary} that
 * projects choose from (built-in templates plus the tenant's published ones) and the Designer's service
 * ({@link org.rapidstart.provisioning.template.TemplateDesign}) that creates, edits, publishes, copies, exports and
 * imports them. A stored template is the engine's template document (questionnaire-core); the engine decides every
 * design rule, this package adds tenancy, roles, audit and optimistic locking.
 */
@NullMarked
package org.rapidstart.provisioning.template;

import org.jspecify.annotations.NullMarked;
