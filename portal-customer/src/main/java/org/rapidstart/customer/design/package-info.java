/**
 * The Design area of RapidStart Services (Designers and Administrators): templates, functional areas, question
 * groups and questions; publish and unpublish; copy, export and import; copy from another tenant where the user is
 * a Viewer. Controllers translate pages to {@link org.rapidstart.provisioning.template.TemplateDesign}, which holds
 * the tenancy, role checks and audit; the engine (questionnaire-core) holds the design rules.
 */
@NullMarked
package org.rapidstart.customer.design;

import org.jspecify.annotations.NullMarked;
